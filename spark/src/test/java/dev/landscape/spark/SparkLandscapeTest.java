package dev.landscape.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.landscape.aggregate.AssignmentFiles;
import dev.landscape.aggregate.AssignmentTotals;
import dev.landscape.aggregate.Aggregation;
import dev.landscape.aggregate.ThemeTermFiles;
import dev.landscape.inference.PaperPlacer;
import dev.landscape.themes.MemberTerms;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.inference.Inference;
import dev.landscape.model.ModelFiles;
import dev.landscape.model.SavedModel;
import dev.landscape.output.CsvCells;
import dev.landscape.output.ReportFolder;
import dev.landscape.pipeline.Pipeline;
import dev.landscape.pipeline.RunSettings;
import dev.landscape.progress.Progress;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeFile;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.topics.LdaParams;
import dev.landscape.trends.TrendOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode ({@code local[2]}) on 600 papers in two files, one gzipped, with bad records: every
 * paper gets the row {@code landscape infer} gives it, on any partitioning, and the tables equal those
 * {@code landscape aggregate}'s code computes from infer's rows.
 */
class SparkLandscapeTest {
  @TempDir static Path tmp;
  static SparkSession spark;
  static Path report;
  static Path corpusDir;
  static Path everything;
  static Path inferred;
  static Path inferredTopics;
  static Path inferredTerms;

  private static final String[][] FIELDS = {
      {"lora", "low-rank adaptation", "adapters", "rank", "frozen", "trainable", "parameters", "matrices"},
      {"rlhf", "human feedback", "reward model", "preferences", "annotators", "alignment", "pairwise"},
      {"retrieval", "retriever", "passages", "documents", "index", "query", "grounding", "corpus"},
      {"diffusion", "denoising", "image synthesis", "noise", "pixels", "latent", "sampling"},
      {"reinforcement learning", "policy", "agents", "environment", "exploration", "rollouts", "reward"}};

  /** A seeded JSON Lines paper of mostly one field, dated over two years. */
  private static String paper(Random random, int i) {
    int field = random.nextInt(FIELDS.length);
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 40 + random.nextInt(20); w++) {
      text.append(random.nextDouble() < 0.8 ? FIELDS[field][random.nextInt(FIELDS[field].length)]
          : "method results model data").append(' ');
    }
    int month = i % 24;
    return String.format(Locale.ROOT, "{\"id\": \"%02d%02d.%05d\", \"title\": \"Study %d of %s\", \"abstract\": "
        + "\"%s\", \"update_date\": \"%d-%02d-15\"}", 23 + month / 12, month % 12 + 1, i, i, FIELDS[field][0],
        text.toString().strip(), 2023 + month / 12, month % 12 + 1);
  }

  @BeforeAll
  static void setUp() throws IOException {
    Random random = new Random(22);
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      (i < 300 ? first : second).add(paper(random, i));
    }
    first.add(5, "{not json");
    first.add(9, "{\"id\": \"2301.99999\", \"title\": \"No abstract\"}");
    second.add(second.get(3).replace("\"title\": \"Study", "\"title\": \"Again: study")); // a duplicate within b
    second.add(first.get(20)); // a paper of the first file again: a duplicate across files
    corpusDir = Files.createDirectory(tmp.resolve("corpus"));
    Files.write(corpusDir.resolve("a.jsonl"), first, StandardCharsets.UTF_8);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpusDir.resolve("b.jsonl.gz")))) {
      out.write((String.join("\n", second) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    everything = tmp.resolve("everything.jsonl");
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    Files.write(everything, all, StandardCharsets.UTF_8);

    report = tmp.resolve("report");
    ThemeOptions themes = new ThemeOptions(ThemeFile.loadDefault(), "(built-in)", ThemeOptions.DEFAULT_CONFIDENCE);
    new Pipeline(Progress.NONE).run(new RunSettings(new RunSettings.Corpus(everything, ReadOptions.defaults()),
        TextOptions.defaults(2).withSeedPhrases(themes.seedPhrases()),
        new RunSettings.Topics(new dev.landscape.selection.TopicChoice.Fixed(8),
            new LdaParams(8, 100, 5.0, 0.01, 20, 50, 2, 1), 0, 20_000, null), themes, TrendOptions.AUTO,
        new RunSettings.Outputs(report, 1, false, dev.landscape.publish.OutputSelection.ALL)),
        List.of("landscape", "run"));
    inferred = tmp.resolve("inferred.csv");
    inferredTopics = tmp.resolve("inferred-topics.csv");
    inferredTerms = tmp.resolve("inferred-terms.csv");
    new Inference(Progress.NONE).run(new Inference.Config(new Inference.Files(report.resolve("model"), everything,
        inferred, inferredTopics, inferredTerms), ReadOptions.defaults(), Inference.Sampling.defaults(2), false,
        List.of("landscape", "infer")), new StringWriter());

    spark = SparkSession.builder().master("local[2]").appName("landscape-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  @AfterAll
  static void tearDown() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static int job(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("--model", report.toString(), "--input", corpusDir.toString(),
        "--out", out.toString(), "-q"));
    args.addAll(List.of(more));
    StringWriter err = new StringWriter();
    int code = SparkMain.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    return code;
  }

  /** Every data line of the CSV part files (or one CSV), sorted: rows are compared as written. */
  private static TreeSet<String> lines(Path... files) throws IOException {
    TreeSet<String> lines = new TreeSet<>();
    for (Path file : files) {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      lines.addAll(all.subList(1, all.size()));
    }
    return lines;
  }

  private static Path[] parts(Path out) throws IOException {
    try (var listed = Files.list(out.resolve("assignments/csv"))) {
      return listed.filter(p -> p.getFileName().toString().matches("part-\\d{5}\\.csv")).sorted()
          .toArray(Path[]::new);
    }
  }

  @Test
  void everyPaperGetsInfersRowOnAnyPartitioning() throws IOException {
    Path three = tmp.resolve("three");
    Path one = tmp.resolve("one");
    job(three, "--partitions", "3");
    job(one, "--partitions", "1");
    TreeSet<String> expected = lines(inferred);
    assertEquals(600, expected.size());
    assertEquals(expected, lines(parts(three)));
    assertEquals(expected, lines(parts(one)));
    assertEquals(3, parts(three).length);
    // Every part file has infer's header.
    assertEquals(Files.readAllLines(inferred).get(0), Files.readAllLines(parts(three)[0]).get(0));

    JsonNode json = new ObjectMapper().readTree(three.resolve("run.json").toFile());
    assertEquals("landscape-spark", json.get("made_by").asText());
    assertEquals(600, json.at("/counts/papers").asLong());
    assertEquals(1, json.at("/counts/skipped/malformed").asLong(), json.toString());
    assertEquals(1, json.at("/counts/skipped/missing_abstract").asLong());
    assertEquals(2, json.at("/counts/skipped/duplicate_id").asLong(), "one within the gzip file, one across");
    assertEquals(2, json.get("inputs").size());
  }

  @Test
  void theTablesAreThoseAggregatedFromInfersRows() throws IOException {
    Path out = tmp.resolve("tables");
    job(out, "--partitions", "4");
    SavedModel model = ModelFiles.read(report.resolve("model"));
    AssignmentTotals totals = new AssignmentTotals(model, true);
    AssignmentFiles.read(inferred, inferredTopics, totals);
    // The words of the themes' member papers, counted by the tasks as infer --theme-terms counts them.
    MemberTerms terms = PaperPlacer.termCounts(model);
    ThemeTermFiles.read(inferredTerms, model, terms);
    Path expected = tmp.resolve("expected");
    try (ReportFolder folder = ReportFolder.create(expected)) {
      Aggregation.write(totals, terms, model, TrendOptions.AUTO, CsvCells.SAFE, folder, new Aggregation.Provenance(
          "test", List.of(), "", "", Aggregation.Read.tables(List.of()), Map.of(), ""));
      folder.commit();
    }
    for (String table : List.of("themes.csv", "trends.csv", "theme-trends.csv", "topic-trends.csv")) {
      assertEquals(Files.readString(expected.resolve(table)), Files.readString(out.resolve(table)), table);
    }
    // The distributions beside the rows are infer --doc-topics' rows.
    TreeSet<String> parts = new TreeSet<>();
    try (var listed = Files.list(out.resolve("assignments/doc-topics"))) {
      for (Path part : listed.filter(p -> p.getFileName().toString().endsWith(".csv")).toList()) {
        parts.addAll(lines(part));
      }
    }
    assertEquals(lines(inferredTopics), parts);
  }

  /**
   * --train-sample: the sample drawn on the cluster is the one {@code landscape run --train-sample} draws, the model
   * is trained on it by landscape run's own pipeline, and every paper gets the row infer gives it on that model.
   */
  @Test
  void aSampleDrawnOnTheClusterTrainsTheModelEveryPaperIsPlacedOn() throws IOException {
    Path out = tmp.resolve("sampled");
    StringWriter err = new StringWriter();
    int code = SparkMain.run(new String[] {"--train-sample", "40%", "--sample-by", "month", "--topics", "8",
        "--iterations", "60", "--input", corpusDir.toString(), "--out", out.toString(), "-q", "--partitions", "3"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    Path model = out.resolve("training/model");
    assertTrue(Files.isRegularFile(model.resolve("model.json")));
    // The papers the model trained on: those the same draw picks on one machine from the same papers.
    List<dev.landscape.corpus.PaperInfo> papers = new ArrayList<>();
    try (dev.landscape.corpus.PaperStream stream = dev.landscape.corpus.PaperStream.open(everything,
        ReadOptions.defaults())) {
      for (dev.landscape.corpus.Paper p = stream.next(); p != null; p = stream.next()) {
        papers.add(p.info());
      }
    }
    java.util.BitSet chosen = dev.landscape.sample.TrainingSample.parse("40%", true).select(papers, 1);
    TreeSet<String> expected = new TreeSet<>();
    chosen.stream().forEach(d -> expected.add(papers.get(d).id()));
    TreeSet<String> trained = new TreeSet<>();
    for (String line : Files.readAllLines(out.resolve("training/topic-assignments.csv")).subList(1, 241)) {
      trained.add(line.substring(0, line.indexOf(',')));
    }
    assertEquals(240, expected.size());
    assertEquals(expected, trained);
    Path again = tmp.resolve("again.csv");
    new Inference(Progress.NONE).run(new Inference.Config(new Inference.Files(model, everything, again),
        ReadOptions.defaults(), Inference.Sampling.defaults(2), false, List.of("landscape", "infer")),
        new StringWriter());
    assertEquals(lines(again), lines(parts(out)));
    JsonNode json = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals("training/model", json.at("/model/path").asText());
  }

  @Test
  void badInputEndsInOneLineNamingTheFileAndLine() {
    StringWriter err = new StringWriter();
    int code = SparkMain.run(new String[] {"--model", report.toString(), "--input", corpusDir.toString(), "--out",
        tmp.resolve("never").toString(), "-q", "--on-bad-record", "fail"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(2, code, err.toString());
    // The files are read at once: the fault reported is the first one found, in either file.
    assertTrue(err.toString().startsWith("landscape-spark: file:" + corpusDir.resolve("a.jsonl") + ":6: invalid JSON")
        || err.toString().startsWith("landscape-spark: file:" + corpusDir.resolve("b.jsonl.gz") + ":301: duplicate id"),
        err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(Files.notExists(tmp.resolve("never")));

    err = new StringWriter();
    code = SparkMain.run(new String[] {"--model", report.toString(), "--input", tmp.resolve("nothing").toString(),
        "--out", tmp.resolve("never").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(2, code, err.toString());
    assertTrue(err.toString().contains("nothing: no such file"), err.toString());
  }

  @Test
  void parquetHoldsTypedColumns() {
    Path out = tmp.resolve("parquet");
    job(out);
    Dataset<Row> table = spark.read().parquet(out.resolve("assignments/parquet").toString());
    assertEquals(600, table.count());
    assertEquals("StringType", table.schema().apply("id").dataType().toString());
    assertEquals("DateType", table.schema().apply("date").dataType().toString());
    assertTrue(java.util.Arrays.asList(table.columns()).contains("weight_parameter_efficient_fine_tuning"),
        String.join(",", table.columns()));
    Row row = table.filter("id = '2301.00000'").first();
    assertEquals(java.sql.Date.valueOf("2023-01-15"), row.getAs("date"));
    double sum = 0;
    for (int k = 0; k < 8; k++) {
      sum += row.getDouble(row.fieldIndex("topic_" + k));
    }
    assertEquals(1.0, sum, 1e-9);
    assertTrue(!java.util.Arrays.asList(table.columns()).contains("topic_8"));
  }
}
