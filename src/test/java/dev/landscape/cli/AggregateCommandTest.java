package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.pipeline.FieldCorpus;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code landscape aggregate} (issue 22): the tables of one landscape from the tables of one {@code landscape infer}
 * per shard, equal to those of one infer over every paper, and to the run's own where the run's rows are infer's
 * (a model trained on a sample, every paper placed on it).
 */
class AggregateCommandTest {
  @TempDir static Path tmp;
  static Path report;
  static Path shards;
  static Path whole;
  static Path shardTopics;
  static Path wholeTopics;
  static Path shardTerms;
  static Path wholeTerms;

  @BeforeAll
  static void runAndInferShards() throws IOException {
    Path corpus = FieldCorpus.write(tmp.resolve("fields.jsonl"), 2_400);
    report = tmp.resolve("report");
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.OK, cli.execute("run", "-q", "--input", corpus.toString(), "--out", report.toString(),
        "--topics", "12", "--iterations", "100", "--train-sample", "1200"), cli.err.toString());
    List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
    shards = Files.createDirectory(tmp.resolve("shards"));
    shardTopics = Files.createDirectory(tmp.resolve("shard-topics"));
    shardTerms = Files.createDirectory(tmp.resolve("shard-terms"));
    for (int s = 0; s < 3; s++) {
      // Shards of every third line: each holds papers of every month, as shards of a real corpus would not need to.
      Path shard = tmp.resolve("shard-" + s + ".jsonl");
      List<String> mine = new ArrayList<>();
      for (int i = s; i < lines.size(); i += 3) {
        mine.add(lines.get(i));
      }
      Files.write(shard, mine, StandardCharsets.UTF_8);
      assertEquals(ExitCodes.OK, cli.execute("infer", "-q", "--model", report.toString(), "--input",
          shard.toString(), "--out", shards.resolve("part-" + s + ".csv").toString(), "--doc-topics",
          shardTopics.resolve("part-" + s + ".csv").toString(), "--theme-terms",
          shardTerms.resolve("part-" + s + ".csv").toString()), cli.err.toString());
    }
    whole = tmp.resolve("whole.csv");
    wholeTopics = tmp.resolve("whole-topics.csv");
    wholeTerms = tmp.resolve("whole-terms.csv");
    assertEquals(ExitCodes.OK, cli.execute("infer", "-q", "--model", report.toString(), "--input", corpus.toString(),
        "--out", whole.toString(), "--doc-topics", wholeTopics.toString(), "--theme-terms", wholeTerms.toString()),
        cli.err.toString());
  }

  private static List<CSVRecord> records(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }

  @Test
  void shardsGiveTheTablesOfTheWholeAndOfTheRun() throws IOException {
    CliRunner cli = new CliRunner();
    Path fromShards = tmp.resolve("from-shards");
    Path fromWhole = tmp.resolve("from-whole");
    assertEquals(ExitCodes.OK, cli.execute("aggregate", "--assignments", shards.toString(), "--model",
        report.toString(), "--out", fromShards.toString(), "--theme-terms", shardTerms.toString()),
        cli.err.toString());
    assertTrue(cli.out.toString().startsWith("Aggregated 2,400 rows in 3 files: 2,400 papers (0 papers unassignable)"),
        cli.out.toString());
    assertEquals(ExitCodes.OK, cli.execute("aggregate", "-q", "--assignments", whole.toString(), "--model",
        report.toString(), "--out", fromWhole.toString(), "--theme-terms", wholeTerms.toString()),
        cli.err.toString());
    for (String table : List.of("themes.csv", "trends.csv", "theme-trends.csv")) {
      assertEquals(Files.readString(fromWhole.resolve(table)), Files.readString(fromShards.resolve(table)), table);
    }
    // The run's rows are infer's (its model was trained on a sample and every paper placed on it): so are its
    // counts, shares and theme trends.
    List<CSVRecord> run = records(report.resolve("themes.csv"));
    List<CSVRecord> aggregated = records(fromShards.resolve("themes.csv"));
    assertEquals(run.size(), aggregated.size());
    for (int t = 0; t < run.size(); t++) {
      for (String column : List.of("theme", "name", "kind", "parent", "topics", "member_papers", "primary_papers",
          "share", "top_terms")) {
        assertEquals(run.get(t).get(column), aggregated.get(t).get(column), "theme " + t + " " + column);
      }
    }
    assertEquals(records(report.resolve("trends.csv")).stream().filter(r -> r.get("kind").equals("theme"))
        .map(r -> r.toList().toString()).toList(),
        records(fromShards.resolve("trends.csv")).stream().map(r -> r.toList().toString()).toList());
    assertEquals(Files.readString(report.resolve("theme-trends.csv")),
        Files.readString(fromShards.resolve("theme-trends.csv")));
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(fromShards.resolve("run.json").toFile());
    assertEquals("landscape aggregate", json.get("made_by").asText());
    assertEquals(6, json.get("inputs").size()); // three tables and their three --theme-terms tables
    assertEquals(2_400, json.at("/counts/papers").asInt());
    List<String> files = java.util.stream.StreamSupport.stream(json.get("files").spliterator(), false)
        .map(n -> n.asText()).toList();
    assertTrue(files.containsAll(List.of("run.json", "theme-trends.csv", "themes.csv", "trends.csv",
        "charts/theme-share.png", "charts/theme-share.svg", "charts/theme-trends.png", "charts/theme-slopes.png")),
        files.toString());
    assertTrue(files.stream().allMatch(f -> !f.startsWith("charts/") || f.matches("charts/(theme-(share|trends|slopes)"
        + "|distance-map|topic-similarity|terms-overview|terms-(theme|topic)-\\d+)\\.(png|svg|pdf)|charts/[a-z]+\\.(csv|json|tsv)")), files.toString());
    // Each topic's term chart and the topic maps are the run's: the same titles from the same model.
    Map<String, String> runCharts = new java.util.HashMap<>();
    records(report.resolve("charts/index.csv")).forEach(r -> runCharts.put(r.get("file"), r.get("title")));
    List<CSVRecord> topicCharts = records(fromShards.resolve("charts/index.csv")).stream()
        .filter(r -> r.get("file").startsWith("terms-") || r.get("file").equals("distance-map")
            || r.get("file").equals("topic-similarity")).toList();
    assertEquals(runCharts.keySet().stream().filter(f -> f.startsWith("terms-") || f.equals("distance-map")
        || f.equals("topic-similarity")).sorted().toList(), topicCharts.stream().map(r -> r.get("file")).sorted()
        .toList());
    topicCharts.forEach(r -> assertEquals(runCharts.get(r.get("file")), r.get("title"), r.get("file")));
    // The report says what the tables say: its headline is the largest theme of themes.csv, with its numbers.
    CSVRecord largest = aggregated.stream().max(java.util.Comparator.comparingDouble(
        (CSVRecord r) -> Double.parseDouble(r.get("share")))).orElseThrow();
    String md = Files.readString(fromShards.resolve("report.md"));
    assertTrue(md.contains(largest.get("name") + " is the largest theme: " + String.format(java.util.Locale.ROOT,
        "%,d", Long.parseLong(largest.get("member_papers"))) + " of the 2,400 papers placed"), md);
    assertTrue(md.contains("## What this report cannot tell") && md.contains("(charts/theme-share.png)"), md);
    String html = Files.readString(fromShards.resolve("report.html"));
    assertTrue(html.contains("<img src=\"charts/theme-share.png\"") && !html.contains("<script"), html);
    assertTrue(files.containsAll(List.of("report.html", "report.md", "landscape.pptx")), files.toString());
    try (var deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(
        fromShards.resolve("landscape.pptx")))) {
      List<String> titles = deck.getSlides().stream().map(s -> s.getTitle()).toList();
      assertEquals("Summary", titles.get(1));
      // The share chart's slide, titled as the chart is.
      assertTrue(titles.stream().anyMatch(t -> t != null && t.startsWith(largest.get("name")
          + " is the largest theme, with ")), titles.toString());
      assertEquals("Method", titles.get(titles.size() - 1));
    }
    // The charts are the run's: the same titles from the same numbers.
    assertTrue(Files.readString(report.resolve("charts/theme-share.svg")).contains("is the largest theme, with")
        && Files.readString(fromShards.resolve("charts/theme-share.svg")).contains("is the largest theme, with"));
  }

  /** With --doc-topics, the topics' trends too: the same from shards as from the whole, close to the run's own. */
  @Test
  void distributionsGiveTopicTrends() throws IOException {
    CliRunner cli = new CliRunner();
    Path fromShards = tmp.resolve("topics-from-shards");
    Path fromWhole = tmp.resolve("topics-from-whole");
    assertEquals(ExitCodes.OK, cli.execute("aggregate", "-q", "--assignments", shards.toString(), "--doc-topics",
        shardTopics.toString(), "--model", report.toString(), "--out", fromShards.toString()), cli.err.toString());
    assertEquals(ExitCodes.OK, cli.execute("aggregate", "-q", "--assignments", whole.toString(), "--doc-topics",
        wholeTopics.toString(), "--model", report.toString(), "--out", fromWhole.toString()), cli.err.toString());
    for (String table : List.of("themes.csv", "trends.csv", "theme-trends.csv", "topic-trends.csv")) {
      assertEquals(Files.readString(fromWhole.resolve(table)), Files.readString(fromShards.resolve(table)), table);
    }
    // The run sums unrounded proportions, the tables five-decimal ones: the shares agree to the fifth decimal.
    List<CSVRecord> run = records(report.resolve("topic-trends.csv"));
    List<CSVRecord> aggregated = records(fromShards.resolve("topic-trends.csv"));
    assertEquals(run.size(), aggregated.size());
    for (int k = 0; k < run.size(); k++) {
      for (String column : List.of("first_share", "last_share")) {
        assertEquals(Double.parseDouble(run.get(k).get(column)), Double.parseDouble(aggregated.get(k).get(column)),
            2e-5, "topic " + k + " " + column);
      }
    }
    // Tables that do not pair up are refused in one line.
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute("aggregate", "--assignments", shards.toString(), "--doc-topics",
        wholeTopics.toString(), "--model", report.toString(), "--out", tmp.resolve("never").toString()));
    assertTrue(cli.err.toString().contains("--doc-topics names 1 table for 3 assignment tables"), cli.err.toString());
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute("aggregate", "--assignments", shards.resolve("part-0.csv").toString(),
        "--doc-topics", shardTopics.resolve("part-1.csv").toString(), "--model", report.toString(), "--out",
        tmp.resolve("never").toString()));
    assertTrue(cli.err.toString().contains("not the same papers in the same order"), cli.err.toString());
  }

  /** Term counts must be of the tables' papers and of the model: one line says which is not. */
  @Test
  void themeTermsOfOtherPapersOrAnotherTableAreRefused() throws IOException {
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.USAGE, cli.execute("aggregate", "--assignments", shards.toString(), "--theme-terms",
        shardTerms.resolve("part-0.csv").toString(), "--model", report.toString(), "--out",
        tmp.resolve("never").toString()));
    assertTrue(cli.err.toString().matches("(?s)landscape: --theme-terms: 1 table counts [\\d,]+ tokens, the "
        + "assignment tables' papers have [\\d,]+: not the same papers\\s*"), cli.err.toString());
    cli.clear();
    Path topics = shardTopics.resolve("part-0.csv");
    assertEquals(ExitCodes.USAGE, cli.execute("aggregate", "--assignments", shards.resolve("part-0.csv").toString(),
        "--theme-terms", topics.toString(), "--model", report.toString(), "--out", tmp.resolve("never").toString()));
    assertTrue(cli.err.toString().startsWith("landscape: " + topics + ":1: not a --theme-terms table of this model"),
        cli.err.toString());
    // A term the model's vocabulary spells otherwise: placed on another model, named by file and line.
    List<String> lines = new ArrayList<>(Files.readAllLines(shardTerms.resolve("part-0.csv")));
    String[] cells = lines.get(3).split(",", -1);
    cells[1] = "notaword";
    lines.set(3, String.join(",", cells));
    Path edited = Files.write(tmp.resolve("edited-terms.csv"), lines);
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute("aggregate", "--assignments", shards.resolve("part-0.csv").toString(),
        "--theme-terms", edited.toString(), "--model", report.toString(), "--out", tmp.resolve("never").toString()));
    assertTrue(cli.err.toString().startsWith("landscape: " + edited + ":4: term " + cells[0] + " is 'notaword'"),
        cli.err.toString());
    assertTrue(Files.notExists(tmp.resolve("never")));
  }

  @Test
  void aTableThatIsNotInfersIsRefusedNamingIt() throws IOException {
    CliRunner cli = new CliRunner();
    Path wrong = Files.writeString(tmp.resolve("wrong.csv"), "id,title\n1,a\n");
    assertEquals(ExitCodes.USAGE, cli.execute("aggregate", "--assignments", wrong.toString(), "--model",
        report.toString(), "--out", tmp.resolve("never").toString()));
    assertTrue(cli.err.toString().startsWith("landscape: " + wrong + ":1: not a table of landscape infer"),
        cli.err.toString());
    assertEquals(1, cli.err.toString().strip().lines().count(), cli.err.toString());
    assertTrue(Files.notExists(tmp.resolve("never")));

    // A table whose provenance names another model is refused before any row is read.
    Path otherModel = tmp.resolve("other-model");
    cli.clear();
    assertEquals(ExitCodes.OK, cli.execute("run", "-q", "--out", otherModel.toString(), "--iterations", "20"),
        cli.err.toString());
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute("aggregate", "--assignments", whole.toString(), "--model",
        otherModel.toString(), "--out", tmp.resolve("never").toString()));
    assertTrue(cli.err.toString().startsWith("landscape: " + whole + ": was placed on another model"),
        cli.err.toString());

    // A row naming a theme the model does not have: the file and line are named.
    List<String> lines = Files.readAllLines(whole);
    String header = lines.get(0);
    String row = lines.get(1);
    Map<String, Integer> column = new java.util.HashMap<>();
    String[] names = header.split(",");
    for (int i = 0; i < names.length; i++) {
      column.put(names[i], i);
    }
    CSVRecord record = records(whole).get(0);
    List<String> cells = new ArrayList<>(record.toList());
    cells.set(column.get("theme"), "No such theme");
    cells.set(0, cells.get(0) + "-other"); // another paper: the same id twice is refused first
    Path bad = Files.writeString(tmp.resolve("bad.csv"), header + "\n" + row + "\n"
        + cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")) + "\n");
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute("aggregate", "--assignments", bad.toString(), "--model",
        report.toString(), "--out", tmp.resolve("never").toString()));
    assertTrue(cli.err.toString().startsWith("landscape: " + bad + ":3: theme 'No such theme' is not a theme of "
        + "the model"), cli.err.toString());
  }

  /**
   * Issue 36: the same shard twice, a renamed copy, or two shards sharing a paper doubled its counts with exit 0.
   * Each is refused in one line naming both places of the paper; so is a confidence that is no number from 0 to 1
   * (NaN and 1e308 made those papers every theme's representatives).
   */
  @Test
  void aPaperCountedTwiceOrAConfidenceOutOfRangeIsRefused() throws IOException {
    Path part0 = shards.resolve("part-0.csv");
    Path copy = Files.copy(part0, tmp.resolve("renamed-copy.csv"));
    String firstId = records(part0).get(0).get("id");
    for (List<String> given : List.of(List.of(part0.toString(), part0.toString()),
        List.of(part0.toString(), copy.toString()))) {
      CliRunner cli = new CliRunner();
      List<String> args = new ArrayList<>(List.of("aggregate", "--model", report.toString(), "--out",
          tmp.resolve("never").toString(), "--assignments"));
      args.addAll(given);
      assertEquals(ExitCodes.USAGE, cli.execute(args.toArray(String[]::new)), cli.err.toString());
      assertEquals("landscape: " + given.get(1) + ":2: paper " + firstId + " is also at " + part0 + ":2: it would be "
          + "counted twice; tables must not share papers (a shard given twice, or a copy of one?)",
          cli.err.toString().strip());
      assertTrue(Files.notExists(tmp.resolve("never")));
    }
    // One paper shared by two otherwise different shards, deep inside the second.
    List<String> part1 = Files.readAllLines(shards.resolve("part-1.csv"));
    List<String> lines = Files.readAllLines(part0);
    part1.add(lines.get(5));
    Path overlapping = Files.write(tmp.resolve("overlapping.csv"), part1);
    String sharedId = records(part0).get(4).get("id");
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.USAGE, cli.execute("aggregate", "--model", report.toString(), "--out",
        tmp.resolve("never").toString(), "--assignments", part0.toString(), overlapping.toString()));
    assertTrue(cli.err.toString().startsWith("landscape: " + overlapping + ":" + part1.size() + ": paper " + sharedId
        + " is also at " + part0 + ":6:"), cli.err.toString());

    String header = lines.get(0);
    int confidence = List.of(header.split(",")).indexOf("theme_confidence");
    for (String value : List.of("NaN", "1e308", "-0.5")) {
      CSVRecord record = records(part0).get(0);
      List<String> cells = new ArrayList<>(record.toList());
      cells.set(confidence, value);
      Path bad = Files.writeString(tmp.resolve("confidence.csv"), header + "\n"
          + cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")) + "\n");
      cli.clear();
      assertEquals(ExitCodes.USAGE, cli.execute("aggregate", "--assignments", bad.toString(), "--model",
          report.toString(), "--out", tmp.resolve("never").toString()));
      assertEquals("landscape: " + bad + ":2: theme_confidence '" + value + "' is not a number from 0 to 1",
          cli.err.toString().strip());
    }
  }

  /**
   * Issue 36: aggregating into the report whose model is read (exit 0 before, with model/, state/ and the CSVs
   * deleted) is refused in one line, and the report is left byte for byte as it was; so is --out inside model/.
   */
  @Test
  void aggregatingOverTheModelsOwnReportIsRefusedAndLosesNothing() {
    Map<String, String> before = FileDigests.of(report);
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.USAGE, cli.execute("aggregate", "--assignments", shards.toString(), "--model",
        report.toString(), "--out", report.toString()));
    assertEquals("landscape: --model " + report.resolve("model") + ": is inside --out " + report
        + ", which this run replaces; choose another --out", cli.err.toString().strip());
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute("aggregate", "--assignments", shards.toString(), "--model",
        report.resolve("model").toString(), "--out", report.resolve("model/aggregated").toString()));
    assertTrue(cli.err.toString().contains("holds --out"), cli.err.toString());
    assertEquals(before, FileDigests.of(report));
  }
}
