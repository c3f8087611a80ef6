package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code landscape infer} against a model trained once on the default 39 papers: it reproduces the training themes,
 * repeats itself byte for byte (across thread counts and in a fresh JVM), marks papers it cannot place, and refuses
 * damaged models with one line.
 */
class InferCommandTest {
  @TempDir static Path shared;
  @TempDir Path tmp;

  static Path reports;
  static final Path CORPUS = Path.of("data/arxiv-ml-abstracts.txt");

  private final CliRunner cli = new CliRunner();

  @BeforeAll
  static void train() {
    reports = shared.resolve("reports");
    CliRunner runner = new CliRunner();
    int code = runner.execute("run", "-q", "--input", CORPUS.toString(), "--out", reports.toString(),
        "--iterations", "300");
    assertEquals(ExitCodes.OK, code, runner.err.toString());
  }

  private int infer(Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("infer", "--model", reports.resolve("model").toString(),
        "--input", CORPUS.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    return cli.execute(args.toArray(String[]::new));
  }

  static Map<String, CSVRecord> rows(String csv) throws IOException {
    Map<String, CSVRecord> rows = new HashMap<>();
    for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv))) {
      rows.put(r.get("id"), r);
    }
    return rows;
  }

  /**
   * Issue 36: infer's table got 0600 whatever the umask (the JDK's temporary file's mode, kept by the rename), and the
   * temporary file of a killed infer stayed for ever. The table now has the mode any new file gets here; the next
   * infer to the same file removes what a dead writer left, never a file a live writer holds.
   */
  @Test
  void theTableHasTheUsualPermissionsAndADeadWritersTemporaryFileIsRemoved() throws IOException {
    Path out = tmp.resolve("placed.csv");
    Path dead = Files.writeString(tmp.resolve(".placed.csv.tmp-deadwriter"), "half a table");
    Path live = Files.writeString(tmp.resolve(".placed.csv.tmp-livewriter"), "being written");
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(live,
        java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock held = channel.lock()) {
      assertEquals(ExitCodes.OK, infer(out, "-q"), cli.err.toString());
      assertTrue(held.isValid());
    }
    assertFalse(Files.exists(dead), "a file no writer holds is removed");
    assertTrue(Files.exists(live), "a file a writer holds stays");
    Path fresh = Files.createFile(tmp.resolve("fresh"));
    assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(out));
    assertEquals(Files.getPosixFilePermissions(fresh),
        Files.getPosixFilePermissions(dev.landscape.output.InferenceProvenance.fileFor(out)));
  }

  /** --model may name the report folder itself: its model/ folder is found (issue 23), with the same rows. */
  @Test
  void aReportFolderIsTakenForItsModel(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path viaModel = dir.resolve("via-model.csv");
    Path viaReport = dir.resolve("via-report.csv");
    assertEquals(ExitCodes.OK, infer(viaModel), cli.err.toString());
    assertEquals(ExitCodes.OK, cli.execute("infer", "--model", reports.toString(), "--input", CORPUS.toString(),
        "--out", viaReport.toString()), cli.err.toString());
    assertEquals(Files.readString(viaModel), Files.readString(viaReport));
  }

  @Test
  void trainingPapersKeepTheirPrimaryTheme() throws IOException {
    Path out = tmp.resolve("inferred.csv");
    assertEquals(ExitCodes.OK, infer(out), cli.err.toString());
    assertTrue(cli.out.toString().contains("Placed 39 papers (0 unassignable"), cli.out.toString());
    Map<String, CSVRecord> trained = rows(Files.readString(reports.resolve("topic-assignments.csv")));
    Map<String, CSVRecord> inferred = rows(Files.readString(out));
    assertEquals(trained.keySet(), inferred.keySet());
    long same = trained.keySet().stream()
        .filter(id -> trained.get(id).get("theme").equals(inferred.get(id).get("theme"))).count();
    // On 39 papers a flip is 2.6 points; the issue's 90% is measured on the 78,240-paper corpus by
    // bench/infer-vs-mallet.sh. Here: most papers, and every paper whose training theme was clear, keep it.
    assertTrue(same >= 0.85 * trained.size(), same + " of " + trained.size() + " kept their theme");
    for (String id : trained.keySet()) {
      CSVRecord t = trained.get(id);
      // Clear: most of its words in one topic, so that resampling cannot tip it to another.
      double lead = Double.parseDouble(t.get("topic_weight"));
      if (lead >= 0.6) {
        assertEquals(t.get("theme"), inferred.get(id).get("theme"), id + ", clear in training (topic " + lead + ")");
      }
    }
    assertTrue(inferred.values().stream().allMatch(r -> r.get("status").equals("assigned")));

    var provenance = new com.fasterxml.jackson.databind.ObjectMapper().readTree(tmp.resolve("inferred.run.json")
        .toFile());
    assertEquals(39, provenance.at("/counts/papers").asInt());
    assertEquals(64, provenance.at("/input/sha256").asText().length());
    assertEquals(64, provenance.at("/model/model_json_sha256").asText().length());
    assertEquals(100, provenance.at("/parameters/iterations").asInt());
    assertEquals("infer", provenance.at("/command/1").asText());
  }

  @Test
  void sameBytesWhateverTheThreadsAndInAFreshProcess() throws Exception {
    Path one = tmp.resolve("one.csv");
    Path two = tmp.resolve("two.csv");
    assertEquals(ExitCodes.OK, infer(one, "--threads", "1"), cli.err.toString());
    assertEquals(ExitCodes.OK, infer(two, "--threads", "2"), cli.err.toString());
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));

    Path fresh = tmp.resolve("fresh.csv");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "infer", "-q",
        "--model", reports.resolve("model").toString(), "--input", CORPUS.toString(), "--out", fresh.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(fresh));
  }

  /** --doc-topics (issue 23): every paper's full distribution, in the table's order, as a run's doc-topics.csv. */
  @Test
  void docTopicsHoldEveryPapersFullDistribution(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path table = dir.resolve("placed.csv");
    Path docTopics = dir.resolve("placed-topics.csv");
    assertEquals(ExitCodes.OK, infer(table, "--doc-topics", docTopics.toString()), cli.err.toString());
    List<String> lines = Files.readAllLines(docTopics);
    List<String> header = List.of(lines.get(0).split(","));
    int topics = Files.readAllLines(reports.resolve("topics.csv")).size() - 1;
    assertEquals(topics + 1, header.size());
    assertEquals("id", header.get(0));
    assertEquals(Files.readAllLines(reports.resolve("doc-topics.csv")).get(0), lines.get(0), "a run's header");
    List<String> tableIds = Files.readAllLines(table).stream().skip(1).map(l -> l.substring(0, l.indexOf(',')))
        .toList();
    assertEquals(tableIds, lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList());
    Map<String, CSVRecord> placed = rows(Files.readString(table));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      double sum = 0;
      int best = 1;
      for (int k = 1; k < cells.length; k++) {
        sum += Double.parseDouble(cells[k]);
        best = Double.parseDouble(cells[k]) > Double.parseDouble(cells[best]) ? k : best;
      }
      assertEquals(1.0, sum, 1e-3, line);
      assertEquals(placed.get(cells[0]).get("topic"), Integer.toString(best - 1), "the table's leading topic");
    }
    var provenance = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("placed.run.json")
        .toFile());
    assertEquals(docTopics.toString(), provenance.get("doc_topics").asText());
    // Not over the table it goes with, that table's provenance, or a file of the model.
    for (Path bad : List.of(table, dir.resolve("placed.run.json"), reports.resolve("model/topics.tsv"))) {
      cli.clear();
      assertEquals(ExitCodes.USAGE, infer(table, "--doc-topics", bad.toString()), bad.toString());
      assertTrue(cli.err.toString().startsWith("landscape: --doc-topics " + bad), cli.err.toString());
    }
  }

  @Test
  void aPaperWithNoKnownWordIsUnassignable() throws IOException {
    Path input = tmp.resolve("new.jsonl");
    Files.writeString(input, """
        {"id": "2501.00001", "title": "Adapters", "abstract": "We fine-tune language models with low-rank adapters."}
        {"id": "2501.00002", "title": "Nonsense", "abstract": "Zxqv blorf snarkle wibble."}
        """);
    assertEquals(ExitCodes.OK, cli.execute("infer", "--model", reports.resolve("model").toString(), "--input",
        input.toString(), "--out", "-"), cli.err.toString());
    Map<String, CSVRecord> rows = rows(cli.out.toString());
    assertEquals("assigned", rows.get("2501.00001").get("status"));
    assertFalse(rows.get("2501.00001").get("theme").isEmpty());
    assertEquals("unassignable", rows.get("2501.00002").get("status"));
    assertEquals("", rows.get("2501.00002").get("theme"));
    assertEquals("0", rows.get("2501.00002").get("tokens"));
    assertTrue(cli.err.toString().contains("1 unassignable"), "the summary goes to standard error");
  }

  private Path copyOfModel() throws IOException {
    Path copy = tmp.resolve("model");
    Files.createDirectories(copy);
    try (var files = Files.list(reports.resolve("model"))) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }

  private String inferWith(Path model) {
    cli.clear();
    int code = cli.execute("infer", "--model", model.toString(), "--input", CORPUS.toString(), "--out",
        tmp.resolve("x.csv").toString());
    assertEquals(ExitCodes.USAGE, code, cli.err.toString());
    assertFalse(Files.exists(tmp.resolve("x.csv")), "nothing written");
    String err = cli.err.toString().strip();
    assertFalse(err.contains("\n"), "one line: " + err);
    return err;
  }

  /** A model saved before themes.tsv kept each theme's parent still places papers, with the same rows. */
  @Test
  void aModelSavedWithoutThemeParentsStillLoads(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path model = copyOfModel();
    Path themes = model.resolve("themes.tsv");
    String current = Files.readString(themes);
    assertTrue(current.startsWith("theme\tkind\tname\tparent\n"), current);
    String old = current.lines().map(l -> l.substring(0, l.lastIndexOf('\t'))).collect(
        java.util.stream.Collectors.joining("\n", "", "\n"));
    Files.writeString(themes, old);
    Path json = model.resolve("model.json");
    Files.writeString(json, Files.readString(json).replace(sha256(current), sha256(old)));
    Path expected = dir.resolve("expected.csv");
    Path actual = dir.resolve("actual.csv");
    assertEquals(ExitCodes.OK, infer(expected), cli.err.toString());
    assertEquals(ExitCodes.OK, cli.execute("infer", "--model", model.toString(), "--input", CORPUS.toString(),
        "--out", actual.toString()), cli.err.toString());
    assertEquals(Files.readString(expected), Files.readString(actual));
  }

  private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void damagedModelsAreRefusedWithOneLine() throws IOException {
    Path model = copyOfModel();
    Path counts = model.resolve("topic-words.tsv");
    byte[] original = Files.readAllBytes(counts);
    byte[] changed = original.clone();
    changed[changed.length - 2] = (byte) (changed[changed.length - 2] == '1' ? '2' : '1');
    Files.write(counts, changed);
    assertEquals("landscape: model " + model + " is damaged: topic-words.tsv has changed since it was saved",
        inferWith(model).replaceAll(" \\(SHA-256.*", ""));

    Files.write(counts, original);
    Files.delete(model.resolve("forms.tsv"));
    assertEquals("landscape: model " + model + " is damaged: forms.tsv is missing", inferWith(model));

    Path json = model.resolve("model.json");
    Files.writeString(json, Files.readString(json).replace("\"format_version\" : 3", "\"format_version\" : 1"));
    assertTrue(inferWith(model).contains("model format version 1; this landscape reads versions 2 and 3"));

    Files.writeString(json, "{ not json");
    assertTrue(inferWith(model).startsWith("landscape: " + json + ":1: not valid JSON"));

    assertTrue(inferWith(tmp.resolve("nowhere")).contains("no such folder"));
    // A folder that is neither a model nor a report holding one (a report folder is taken for its model/).
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertTrue(inferWith(empty).contains("no model.json; not a landscape model folder"));
  }

  @Test
  void outputMustNotBeTheInputOrAFolder() {
    assertEquals(ExitCodes.USAGE, cli.execute("infer", "--model", reports.resolve("model").toString(), "--input",
        CORPUS.toString(), "--out", CORPUS.toString()));
    assertTrue(cli.err.toString().contains("is the input file"), cli.err.toString());
    cli.clear();
    assertEquals(ExitCodes.USAGE, infer(tmp));
    assertTrue(cli.err.toString().contains("is a folder"), cli.err.toString());
  }

  /**
   * Issue 36: no output of infer may land anywhere in the report folder its model belongs to: the report's tables
   * (topics.csv, report.md) and new names alike; every file of the report is left as it was.
   */
  @Test
  void outputsInsideTheModelsReportAreRefusedAndTheReportIsUntouched() throws IOException {
    Map<String, String> before = FileDigests.of(reports);
    for (String model : List.of(reports.toString(), reports.resolve("model").toString())) {
      for (List<String> outputs : List.of(List.of("--out", reports.resolve("report.md").toString()),
          List.of("--out", reports.resolve("new.csv").toString()),
          List.of("--out", tmp.resolve("a.csv").toString(), "--doc-topics", reports.resolve("topics.csv").toString()),
          List.of("--out", tmp.resolve("b.csv").toString(), "--theme-terms",
              reports.resolve("charts/x.csv").toString()))) {
        cli.clear();
        List<String> args = new java.util.ArrayList<>(List.of("infer", "--model", model, "--input",
            CORPUS.toString()));
        args.addAll(outputs);
        assertEquals(ExitCodes.USAGE, cli.execute(args.toArray(String[]::new)), outputs.toString());
        assertTrue(cli.err.toString().contains("is inside the report folder " + reports.toAbsolutePath()
            .normalize() + " of the model; choose another name"), cli.err.toString());
      }
    }
    assertEquals(before, FileDigests.of(reports));
  }
}
