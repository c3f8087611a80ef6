package dev.landscape.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.inference.Inference;
import dev.landscape.io.InputException;
import dev.landscape.progress.Progress;
import dev.landscape.sample.TrainingSample;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeFile;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.topics.LdaParams;
import dev.landscape.trends.TrendOptions;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code landscape run --train-sample} (issue 22): the model trains on a sample, every paper is placed on it as
 * {@code landscape infer} places it, and every output describes the whole corpus.
 */
class TrainSampleTest {
  @TempDir static Path tmp;
  static Path corpus;
  static Path report;

  /**
   * 4,000 papers, a sample of 1,000: enough for the named themes to be learned on the sample, so that placing papers
   * on learned themes is exercised too.
   */
  @BeforeAll
  static void run() throws IOException {
    corpus = FieldCorpus.write(tmp.resolve("fields.jsonl"), 4_000);
    report = tmp.resolve("sampled");
    new Pipeline(Progress.NONE).run(config(corpus, report, TrainingSample.parse("25%", true)), Settings.COMMAND);
  }

  static RunSettings config(Path input, Path out, TrainingSample sample) {
    ThemeOptions themes = new ThemeOptions(ThemeFile.loadDefault(), "data/themes.yaml",
        ThemeOptions.DEFAULT_CONFIDENCE);
    return Settings.of(input, out, ReadOptions.defaults(),
        TextOptions.defaults(2).withSeedPhrases(themes.seedPhrases()), themes, TrendOptions.AUTO,
        new dev.landscape.selection.TopicChoice.Fixed(12), 0, 20_000, new LdaParams(12, 100, 5.0, 0.01, 20, 50, 2, 1),
        1, false, sample);
  }

  static Map<String, CSVRecord> rows(Path csv) throws IOException {
    Map<String, CSVRecord> rows = new LinkedHashMap<>();
    for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(Files.readString(csv)))) {
      rows.put(r.get("id"), r);
    }
    return rows;
  }

  @Test
  void everyPaperGetsTheRowLandscapeInferGivesItWithTheSavedModel() throws IOException {
    Path inferred = tmp.resolve("inferred.csv");
    new Inference(Progress.NONE).run(new Inference.Config(new Inference.Files(report.resolve("model"), corpus,
        inferred), ReadOptions.defaults(), Inference.Sampling.defaults(2), false, List.of("landscape", "infer")),
        new StringWriter());
    Map<String, CSVRecord> run = rows(report.resolve("topic-assignments.csv"));
    Map<String, CSVRecord> infer = rows(inferred);
    assertEquals(4_000, run.size());
    assertEquals(run.keySet(), infer.keySet());
    List<String> columns = run.values().iterator().next().getParser().getHeaderNames();
    for (String id : run.keySet()) {
      for (String column : columns) {
        assertEquals(run.get(id).get(column), infer.get(id).get(column), id + " " + column);
      }
    }
    // The themes were learned on the sample, not only found by topics: the learned path is the one exercised.
    assertTrue(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(Files.newBufferedReader(report.resolve("themes.csv"))).stream()
        .anyMatch(r -> r.get("support").equals("learned")), "a theme was learned");
  }

  @Test
  void runJsonAndTheModelSayWhichPapersTrainedIt() throws IOException {
    JsonNode training = new ObjectMapper().readTree(report.resolve("run.json").toFile()).get("training");
    assertEquals(1_000, training.get("papers").asInt());
    assertEquals(4_000, training.get("of").asInt());
    assertEquals("25% of the papers, stratified by month", training.get("sample").asText());
    assertEquals("model/training-papers.csv", training.get("ids").asText());
    Map<String, CSVRecord> ids = rows(report.resolve("model/training-papers.csv"));
    assertEquals(1_000, ids.size());
    // Stratified by month: each of the 24 months gives its share (166 or 167 papers a month, so 41 or 42).
    Map<String, Long> perMonth = new java.util.TreeMap<>();
    for (CSVRecord r : rows(report.resolve("topic-assignments.csv")).values()) {
      if (ids.containsKey(r.get("id"))) {
        perMonth.merge(r.get("date").substring(0, 7), 1L, Long::sum);
      }
    }
    assertEquals(24, perMonth.size());
    assertTrue(perMonth.values().stream().allMatch(n -> n == 41 || n == 42), perMonth.toString());
    // No training state of the whole corpus: report --from says why instead of rebuilding from a wrong state.
    assertFalse(Files.exists(report.resolve("state")));
    String html = Files.readString(report.resolve("report.html"));
    assertTrue(html.contains("the topics were trained on 1,000 of the 4,000 papers"), "the method names the sample");
    String markdown = Files.readString(report.resolve("report.md"));
    assertTrue(markdown.contains("A paper belongs to a named theme when it names the theme's seeds plainly"),
        "learned themes are described as learned");
    assertFalse(markdown.contains("a paper's theme is where most of its words fall"),
        "not as topics a paper's words fall in, which learned themes are not");
  }

  @Test
  void aReportOfASampledModelCannotBeRebuiltFromState() {
    InputException e = assertThrows(InputException.class, () -> new Pipeline(Progress.NONE)
        .render(config(corpus, tmp.resolve("again"), null), report, Settings.COMMAND));
    assertTrue(e.getMessage().contains("trained on a sample"), e.getMessage());
  }

  @Test
  void aSampleSmallerThanTheTopicsIsRefused() {
    InputException e = assertThrows(InputException.class, () -> new Pipeline(Progress.NONE)
        .run(config(corpus, tmp.resolve("tiny"), TrainingSample.parse("5", false)), Settings.COMMAND));
    assertTrue(e.getMessage().contains("5 usable papers in the training sample is fewer than the 12 topics"),
        e.getMessage());
  }
}
