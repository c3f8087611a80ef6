package dev.landscape.pipeline;

import dev.landscape.selection.TopicRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.progress.Progress;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.trends.TrendOptions;
import dev.landscape.topics.LdaParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicSweepTest {
  @TempDir Path tmp;

  @Test
  void aSweepRunWritesItsTableChartAndReason() throws IOException {
    Path out = tmp.resolve("reports");
    RunSettings config = Settings.of(PipelineEndToEndTest.DEFAULT_CORPUS, out, ReadOptions.defaults(),
        TextOptions.defaults(2), ThemeOptions.NONE, TrendOptions.AUTO, new dev.landscape.selection.TopicChoice.Range(TopicRange.parse("3:5:1")), 30, 20_000,
        new LdaParams(2, 100, 5.0, 0.01, 20, 50, 2, 1), 1, false, null);
    new Pipeline(Progress.NONE).run(config, Settings.COMMAND);

    List<CSVRecord> rows = PipelineEndToEndTest.read(out.resolve("sweep.csv"));
    assertEquals(List.of("3", "4", "5"), rows.stream().map(r -> r.get("topics")).toList());
    List<CSVRecord> chosen = rows.stream().filter(r -> r.get("chosen").equals("true")).toList();
    assertEquals(1, chosen.size());
    int k = Integer.parseInt(chosen.get(0).get("topics"));
    assertEquals(k, PipelineEndToEndTest.read(out.resolve("topics.csv")).size(), "the final model has the chosen K");
    for (CSVRecord row : rows) {
      assertTrue(Double.parseDouble(row.get("held_out_ll_per_token")) < 0, row.toString());
      double stability = Double.parseDouble(row.get("stability"));
      assertTrue(stability > 0 && stability <= 1 + 1e-9, row.toString());
    }
    assertTrue(Files.size(out.resolve("charts/sweep.png")) > 10_000);
    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertTrue(run.at("/parameters/topics_rule").asText().startsWith("sweep over K = 3, 4, 5: K = " + k));
  }
}
