package dev.landscape.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
  void theRuleAveragesNormalizedScoresAndPrefersTheSmallerKOnTies() {
    // rows: K, npmi, held-out, diversity, stability
    List<double[]> raw = List.of(
        new double[] {5, 0.10, -8.0, 0.9, 0.9},   // best on three measures, worst likelihood
        new double[] {10, 0.05, -7.5, 0.8, 0.7},
        new double[] {15, 0.00, -7.0, 0.7, 0.5}); // best likelihood only
    TopicSweep.Result result = TopicSweep.choose(raw, 100);
    assertEquals(5, result.chosen());
    assertEquals(0.75, result.candidates().get(0).score(), 1e-12);
    assertTrue(result.explanation().startsWith("K = 5 has the best balance of the 3 values tried"));

    List<double[]> tied = List.of(new double[] {4, 1, 1, 1, 1}, new double[] {6, 1, 1, 1, 1});
    assertEquals(4, TopicSweep.choose(tied, 100).chosen());
  }

  @Test
  void rangesParseAndAutoFitsTheCorpus() {
    assertEquals(List.of(5, 10, 15), TopicRange.parse("5:15:5").values());
    assertEquals(List.of(2, 3, 4), TopicRange.parse("2:4").values());
    assertThrows(IllegalArgumentException.class, () -> TopicRange.parse("1:4:1"));
    assertThrows(IllegalArgumentException.class, () -> TopicRange.parse("9:4:1"));
    assertThrows(IllegalArgumentException.class, () -> TopicRange.parse("a:b"));
    assertEquals("2:12:1", TopicRange.auto(39, 0).toString());
    assertEquals("6:60:6", TopicRange.auto(78_240, 0).toString());
    // Thirteen named themes need 13 + 4 topics: no K below that is tried, so none leaves a theme without a topic.
    assertEquals("17:21:1", TopicRange.auto(39, 13).toString());
    assertEquals("17:60:6", TopicRange.auto(78_240, 13).toString());
    assertEquals("5:5:1", TopicRange.auto(5, 13).toString(), "a tiny corpus tries as many topics as papers");
  }

  @Test
  void aSweepRunWritesItsTableChartAndReason() throws IOException {
    Path out = tmp.resolve("reports");
    RunConfig config = new RunConfig(PipelineEndToEndTest.DEFAULT_CORPUS, out, ReadOptions.defaults(),
        TextOptions.defaults(2), ThemeOptions.NONE, TrendOptions.AUTO, RunConfig.SCALED_TOPICS, TopicRange.parse("3:5:1"), 30, 20_000,
        new LdaParams(2, 100, 5.0, 0.01, 20, 50, 2, 1), 1, false,
        List.of("landscape", "run", "--topics", "3:5:1"));
    new Pipeline(Progress.NONE).run(config);

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
