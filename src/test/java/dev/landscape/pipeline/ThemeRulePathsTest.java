package dev.landscape.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.corpus.ReadOptions;
import dev.landscape.inference.Inference;
import dev.landscape.progress.Progress;
import dev.landscape.sample.TrainingSample;
import dev.landscape.themes.ThemeFile;
import dev.landscape.themes.ThemeSpec;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 37: one theme rule. The same paper gets the same named themes whichever path placed it: a run, the report
 * made again from it, {@code landscape infer} on its model, a run trained on a 100% sample and one trained on a
 * quarter (the rule reads words, not topics, and is fitted to the whole corpus). The Spark job places papers as infer
 * does (SparkLandscapeTest). A paper of no named theme goes to an automatic theme by its topics, which differ by path;
 * only the named themes are compared.
 */
class ThemeRulePathsTest {
  @TempDir static Path tmp;
  static Path corpus;
  static Path full;
  static Map<String, Set<String>> fullThemes;

  @BeforeAll
  static void run() throws IOException {
    corpus = FieldCorpus.write(tmp.resolve("fields.jsonl"), 3_000);
    full = tmp.resolve("full");
    new Pipeline(Progress.NONE).run(TrainSampleTest.config(corpus, full, null), Settings.COMMAND);
    fullThemes = named(full.resolve("topic-assignments.csv"));
  }

  /** Each paper's named themes, in the themes column of a table of topic-assignments.csv's columns. */
  static Map<String, Set<String>> named(Path table) throws IOException {
    Set<String> names = ThemeFile.loadDefault().stream().map(ThemeSpec::name).collect(Collectors.toSet());
    Map<String, Set<String>> themes = new LinkedHashMap<>();
    for (Map.Entry<String, CSVRecord> row : TrainSampleTest.rows(table).entrySet()) {
      themes.put(row.getKey(), Arrays.stream(row.getValue().get("themes").split("; "))
          .filter(names::contains).collect(Collectors.toCollection(TreeSet::new)));
    }
    return themes;
  }

  @Test
  void theRunsPapersHaveNamedThemesLearnedFromTheirSeeds() throws IOException {
    assertEquals(3_000, fullThemes.size());
    long themed = fullThemes.values().stream().filter(s -> !s.isEmpty()).count();
    assertTrue(themed > 2_000, "most papers of a corpus made of the themes' fields have one: " + themed);
    try (java.io.Reader in = java.nio.file.Files.newBufferedReader(full.resolve("themes.csv"))) {
      assertTrue(org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(in).stream().anyMatch(r -> r.get("support").equals("learned")), "the learned path is exercised");
    }
  }

  @Test
  void inferGivesEveryPaperTheRunsNamedThemes() throws IOException {
    Path inferred = tmp.resolve("inferred.csv");
    new Inference(Progress.NONE).run(new Inference.Config(new Inference.Files(full.resolve("model"), corpus, inferred),
        ReadOptions.defaults(), Inference.Sampling.defaults(2), false, List.of("landscape", "infer")),
        new StringWriter());
    assertEquals(fullThemes, named(inferred));
  }

  @Test
  void theReportMadeAgainGivesEveryPaperTheRunsNamedThemes() throws IOException {
    Path again = tmp.resolve("again");
    new Pipeline(Progress.NONE).render(TrainSampleTest.config(corpus, again, null), full, Settings.COMMAND);
    assertEquals(fullThemes, named(again.resolve("topic-assignments.csv")));
  }

  @Test
  void runsTrainedOnSamplesGiveEveryPaperTheRunsNamedThemes() throws IOException {
    for (String sample : List.of("100%", "25%")) {
      Path sampled = tmp.resolve("sampled-" + sample.replace("%", ""));
      new Pipeline(Progress.NONE).run(TrainSampleTest.config(corpus, sampled, TrainingSample.parse(sample, true)), Settings.COMMAND);
      assertEquals(fullThemes, named(sampled.resolve("topic-assignments.csv")), sample);
    }
  }
}
