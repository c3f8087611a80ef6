package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code landscape report --from}: the same files as the run when nothing changed, themes renamed, described, merged
 * and given a topic without training again, and one-line refusals of what it cannot use.
 */
class ReportCommandTest {
  @TempDir static Path shared;
  @TempDir Path tmp;

  static Path reports;
  static final Path CORPUS = Path.of("data/arxiv-ml-abstracts.txt");
  /** Files that hold the time and command of the run that wrote them; everything else must match byte for byte. */
  static final Set<String> TIMED = Set.of("run.json", "report.md", "report.html", "landscape.pptx");

  private final CliRunner cli = new CliRunner();

  @BeforeAll
  static void train() {
    reports = shared.resolve("reports");
    CliRunner runner = new CliRunner();
    int code = runner.execute("run", "-q", "--input", CORPUS.toString(), "--out", reports.toString(),
        "--iterations", "300");
    assertEquals(ExitCodes.OK, code, runner.err.toString());
  }

  @Test
  void nothingChangedGivesTheRunsOwnFiles() throws IOException {
    Path again = tmp.resolve("again");
    assertEquals(ExitCodes.OK, cli.execute("report", "--from", reports.toString(), "--out", again.toString()),
        cli.err.toString());
    assertTrue(cli.out.toString().contains("nothing trained again"), cli.out.toString());
    List<String> files = files(reports);
    assertEquals(files, files(again));
    for (String file : files) {
      if (!TIMED.contains(file)) {
        assertEquals(-1L, Files.mismatch(reports.resolve(file), again.resolve(file)), file + " differs");
      }
    }
    // The report differs only in when, how long and by which command it was made.
    List<String> before = Files.readAllLines(reports.resolve("report.md"));
    List<String> after = Files.readAllLines(again.resolve("report.md"));
    assertEquals(before.size(), after.size());
    for (int i = 0; i < before.size(); i++) {
      String line = before.get(i);
      if (!line.startsWith("| Started |") && !line.startsWith("| Run time |") && !line.startsWith("| Command |")) {
        assertEquals(line, after.get(i), "report.md line " + (i + 1));
      }
    }
    assertTrue(Files.readString(again.resolve("run.json")).contains("\"report\", \"--from\""));
  }

  @Test
  void editedThemesAreAppliedWithoutTraining() throws IOException {
    Map<String, CSVRecord> themes = themes(reports);
    List<CSVRecord> named = themes.values().stream()
        .filter(t -> t.get("kind").equals("named") && !t.get("topics").isEmpty()).toList();
    CSVRecord first = named.get(0);
    CSVRecord second = named.get(1);
    CSVRecord renamed = named.get(2);
    CSVRecord receiver = named.get(3);
    CSVRecord auto = themes.values().stream().filter(t -> t.get("kind").equals("auto")).findFirst().orElseThrow();
    int moved = Integer.parseInt(auto.get("topics").split("; ")[0]);
    Map<String, List<String>> seeds = seeds();

    StringBuilder yaml = new StringBuilder("themes:\n");
    entry(yaml, "Merged theme", "Two themes as one.", union(seeds, first, second),
        List.of(first.get("name"), second.get("name")), List.of());
    for (CSVRecord theme : themes.values()) {
      String name = theme.get("name");
      if (!theme.get("kind").equals("named") || name.equals(first.get("name")) || name.equals(second.get("name"))) {
        continue;
      }
      if (name.equals(renamed.get("name"))) {
        entry(yaml, "Renamed theme", "A new description, with \"quotes\".", seeds.get(name), List.of(name), List.of());
      } else if (name.equals(receiver.get("name"))) {
        entry(yaml, name, theme.get("description"), seeds.get(name), List.of(), List.of(moved));
      } else {
        entry(yaml, name, theme.get("description"), seeds.get(name), List.of(), List.of());
      }
    }
    Path file = tmp.resolve("edited.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    Path edited = tmp.resolve("edited");
    assertEquals(ExitCodes.OK, cli.execute("report", "--from", reports.toString(), "--out", edited.toString(),
        "--themes", file.toString()), cli.err.toString());

    Map<String, CSVRecord> after = themes(edited);
    assertFalse(after.containsKey(first.get("name")));
    assertFalse(after.containsKey(second.get("name")));
    assertFalse(after.containsKey(renamed.get("name")));
    Set<String> mergedTopics = Set.of(after.get("Merged theme").get("topics").split("; "));
    assertTrue(mergedTopics.containsAll(Arrays.asList(first.get("topics").split("; ")[0],
        second.get("topics").split("; ")[0])), "the seeded topics of both themes: " + mergedTopics);
    assertEquals(renamed.get("topics"), after.get("Renamed theme").get("topics"));
    assertEquals("A new description, with \"quotes\".", after.get("Renamed theme").get("description"));
    assertTrue(Arrays.asList(after.get(receiver.get("name")).get("topics").split("; "))
        .contains(Integer.toString(moved)));
    // The model is the run's: same topics, same document-topic shares.
    for (String same : List.of("doc-topics.csv", "model/topic-words.tsv", "state/document-topics.tsv")) {
      assertEquals(-1L, Files.mismatch(reports.resolve(same), edited.resolve(same)), same);
    }
    assertTrue(Files.readString(edited.resolve("report.md")).contains("Renamed theme"));
  }

  @Test
  void refusesWhatItCannotUseInOneLine() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertEquals(ExitCodes.USAGE, cli.execute("report", "--from", empty.toString(), "--out",
        tmp.resolve("x").toString()));
    assertOneLine("not a report folder");

    // A report of an earlier version keeps no copy of its papers: the input read again must be the one trained on.
    Path other = tmp.resolve("other.txt");
    List<String> lines = Files.readAllLines(CORPUS);
    Files.write(other, lines.subList(0, lines.size() - 5));
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute("report", "--from", legacy(tmp).toString(), "--out",
        tmp.resolve("y").toString(), "--input", other.toString()));
    assertOneLine("not the corpus");

    Path pin = tmp.resolve("pin.yaml");
    Files.writeString(pin, "themes:\n  - name: Anything\n    seeds: [lora]\n    topics: [999]\n");
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute("report", "--from", reports.toString(), "--out",
        tmp.resolve("z").toString(), "--themes", pin.toString()));
    assertOneLine("lists topic 999");
    assertFalse(Files.exists(tmp.resolve("z")));

    // model/ of one run and state/ of another (seed 2): the report would mix two models (issue 36).
    Path seed2 = tmp.resolve("seed2");
    cli.clear();
    assertEquals(ExitCodes.OK, cli.execute("run", "-q", "--input", CORPUS.toString(), "--out", seed2.toString(),
        "--iterations", "50", "--seed", "2"), cli.err.toString());
    Path mixed = tmp.resolve("mixed");
    copyTree(reports, mixed);
    deleteTree(mixed.resolve("state"));
    copyTree(seed2.resolve("state"), mixed.resolve("state"));
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute("report", "--from", mixed.toString(), "--out",
        tmp.resolve("w").toString()));
    assertOneLine("model/ and state/ come from different runs");
  }

  /**
   * A run killed between the two renames of its swap leaves the report hidden as {@code .NAME.old-PID}: report
   * --from and infer --model put it back, as run does, instead of "not a report folder" (issue 36).
   */
  @Test
  void aReportLeftHiddenByAKilledSwapIsPutBackByReportAndInfer() throws IOException {
    Path report = tmp.resolve("r");
    copyTree(reports, tmp.resolve(".r.old-4242"));
    assertEquals(ExitCodes.OK, cli.execute("report", "-q", "--from", report.toString(), "--out",
        tmp.resolve("again").toString()), cli.err.toString());
    assertTrue(Files.isRegularFile(report.resolve("run.json")));
    Files.move(report, tmp.resolve(".r.old-4243"));
    cli.clear();
    assertEquals(ExitCodes.OK, cli.execute("infer", "-q", "--model", report.resolve("model").toString(), "--input",
        CORPUS.toString(), "--out", tmp.resolve("placed.csv").toString()), cli.err.toString());
    assertTrue(Files.isRegularFile(report.resolve("model/model.json")));
  }

  /**
   * Issue 36: an edited run.json exited 2 with Jackson's wording (or none), and a report without model/ was told
   * about --model, an option report does not have. Each is one line in report's own terms.
   */
  @Test
  void aDamagedReportFolderIsRefusedInReportsOwnTerms() throws IOException {
    Path noModel = tmp.resolve("no-model");
    copyTree(reports, noModel);
    deleteTree(noModel.resolve("model"));
    assertEquals(ExitCodes.USAGE, cli.execute("report", "--from", noModel.toString(), "--out",
        tmp.resolve("x").toString()));
    assertOneLine("--from " + noModel + ": holds no model/ folder");
    assertFalse(cli.err.toString().contains("--model"), cli.err.toString());

    Path edited = tmp.resolve("edited");
    copyTree(reports, edited);
    String json = Files.readString(edited.resolve("run.json"));
    Map<String, String> edits = Map.of(
        json.replaceFirst("\"topics\" : \\{", "\"topics\" : \"x\", \"was\" : {"), "has a value of the wrong kind",
        json.substring(0, json.length() / 2), "not valid JSON, line",
        "[]", "not a JSON object");
    for (Map.Entry<String, String> edit : edits.entrySet()) {
      Files.writeString(edited.resolve("run.json"), edit.getKey());
      cli.clear();
      assertEquals(ExitCodes.USAGE, cli.execute("report", "--from", edited.toString(), "--out",
          tmp.resolve("y").toString()));
      assertOneLine(edited.resolve("run.json") + ": not a run.json landscape wrote (");
      assertTrue(cli.err.toString().contains(edit.getValue()), cli.err.toString());
      assertFalse(cli.err.toString().contains("dev.landscape"), cli.err.toString());
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Issue 38 (and 36): report --from renders from the run's recorded settings, model and state, never from a command
   * line, any number of times: on its own output again, and again after the input and the stopwords file the run was
   * given are gone; the tables are the run's, byte for byte, each time.
   */
  @Test
  void rendersAgainAndAgainWithoutTheRunsInputOrWordFiles() throws IOException {
    Path input = Files.copy(CORPUS, tmp.resolve("papers.txt"));
    Path stopwords = Files.writeString(tmp.resolve("stop.txt"), "abstract\npaper\n");
    Path report = tmp.resolve("report");
    assertEquals(ExitCodes.OK, cli.execute("run", "-q", "--input", input.toString(), "--stopwords",
        stopwords.toString(), "--out", report.toString(), "--iterations", "100"), cli.err.toString());
    Map<String, byte[]> tables = tables(report);
    Files.delete(input);
    Files.delete(stopwords);
    for (int time = 1; time <= 2; time++) {
      cli.clear();
      assertEquals(ExitCodes.OK, cli.execute("report", "-q", "--from", report.toString()), cli.err.toString());
      Map<String, byte[]> again = tables(report);
      assertEquals(tables.keySet(), again.keySet());
      for (String file : tables.keySet()) {
        assertEquals(-1, java.util.Arrays.mismatch(tables.get(file), again.get(file)), file + ", time " + time);
      }
    }
    assertEquals("abstract\npaper\n", Files.readString(report.resolve("model/stopwords-added.txt")));
  }

  /** Issue 36: an edited run.json cannot make report --from read a file: the words come from the saved model. */
  @Test
  void anEditedRunJsonCannotMakeItReadAnyFile() throws IOException {
    Path copy = tmp.resolve("copy");
    assertEquals(ExitCodes.OK, cli.execute("report", "-q", "--from", reports.toString(), "--out", copy.toString()),
        cli.err.toString());
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "private-words\n");
    Path runJson = copy.resolve("run.json");
    Files.writeString(runJson, Files.readString(runJson).replace("\"stopwords\" : null",
        "\"stopwords\" : \"" + secret + "\"").replace("\"keep_words\" : null", "\"keep_words\" : \"" + secret + "\""));
    assertTrue(Files.readString(runJson).contains(secret.toString()), "the edit took");
    cli.clear();
    assertEquals(ExitCodes.OK, cli.execute("report", "-q", "--from", copy.toString()), cli.err.toString());
    for (String words : List.of("stopwords-added.txt", "keep-words.txt")) {
      assertFalse(Files.readString(copy.resolve("model").resolve(words)).contains("private-words"), words);
    }
  }

  /**
   * A report folder of an earlier version (run.json without settings, state/ without a copy of the papers; a fixture
   * written by the version of 2026-12-06) still renders, from its recorded parameters, its saved themes and its
   * input; what it writes renders again without the input.
   */
  @Test
  void aReportOfAnEarlierVersionStillRenders() throws IOException {
    Path old = legacy(tmp);
    Path out = tmp.resolve("from-old");
    assertEquals(ExitCodes.OK, cli.execute("report", "-q", "--from", old.toString(), "--out", out.toString()),
        cli.err.toString());
    assertTrue(Files.readString(out.resolve("themes.csv")).contains("Parameter-efficient fine-tuning"));
    Map<String, byte[]> tables = tables(out);
    cli.clear();
    assertEquals(ExitCodes.OK, cli.execute("report", "-q", "--from", out.toString()), cli.err.toString());
    assertEquals(-1, java.util.Arrays.mismatch(tables.get("topic-assignments.csv"),
        tables(out).get("topic-assignments.csv")));
  }

  /** A copy of the committed report folder of an earlier version, whose input is data/arxiv-ml-abstracts.txt. */
  private static Path legacy(Path tmp) throws IOException {
    Path fixture = Path.of("src/test/resources/dev/landscape/cli/legacy-report");
    Path copy = tmp.resolve("legacy");
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = copy.resolve(fixture.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    }
    return copy;
  }

  /** Every CSV of a report folder, by name. */
  private static Map<String, byte[]> tables(Path report) throws IOException {
    Map<String, byte[]> tables = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(report)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".csv"))::iterator) {
        tables.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return tables;
  }

  private void assertOneLine(String expected) {
    String err = cli.err.toString();
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.contains(expected), err);
  }

  private static void entry(StringBuilder yaml, String name, String description, List<String> seeds,
      List<String> was, List<Integer> topics) {
    yaml.append("  - name: ").append(quoted(name)).append('\n');
    yaml.append("    description: ").append(quoted(description)).append('\n');
    yaml.append("    seeds: [").append(seeds.stream().map(ReportCommandTest::quoted).collect(Collectors.joining(", ")))
        .append("]\n");
    if (!was.isEmpty()) {
      yaml.append("    was: [").append(was.stream().map(ReportCommandTest::quoted).collect(Collectors.joining(", ")))
          .append("]\n");
    }
    if (!topics.isEmpty()) {
      yaml.append("    topics: ").append(topics).append('\n');
    }
  }

  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static List<String> union(Map<String, List<String>> seeds, CSVRecord a, CSVRecord b) {
    List<String> all = new ArrayList<>(seeds.get(a.get("name")));
    seeds.get(b.get("name")).stream().filter(s -> !all.contains(s)).forEach(all::add);
    return all;
  }

  /** The default taxonomy's seeds by theme name. */
  private static Map<String, List<String>> seeds() {
    Map<String, List<String>> seeds = new LinkedHashMap<>();
    dev.landscape.themes.ThemeFile.loadDefault().forEach(t -> seeds.put(t.name(), t.seeds()));
    return seeds;
  }

  private static Map<String, CSVRecord> themes(Path dir) throws IOException {
    Map<String, CSVRecord> rows = new LinkedHashMap<>();
    for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(Files.readString(dir.resolve("themes.csv"))))) {
      rows.put(r.get("name"), r);
    }
    return rows;
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
  }
}
