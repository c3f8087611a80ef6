package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile-input suite, second round: no input hangs a run or runs it out of memory. Every read is bounded and
 * refused in one line (exit 2) past its limit; dates far apart and sentinel dates finish in normal time.
 */
class BoundedInputTest {
  @TempDir static Path shared;
  @TempDir Path tmp;

  static Path model;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void train() throws IOException {
    Path corpus = Files.write(shared.resolve("c.jsonl"), HostileInputTest.goodPlus());
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.OK, cli.execute("run", "-q", "--input", corpus.toString(), "--out",
        shared.resolve("reports").toString(), "--themes", "none", "--topics", "2", "--iterations", "20",
        "--keep-words", Files.writeString(shared.resolve("keep.txt"), "rocket\n").toString()), cli.err.toString());
    model = shared.resolve("reports/model");
  }

  /** Runs {@code landscape ARGS} and returns exit code and standard error; a run may take two minutes at most. */
  private static CliRunner execute(List<String> args, int expected) {
    CliRunner cli = new CliRunner();
    int code = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> cli.execute(args.toArray(String[]::new)),
        "a run that never ends: " + args);
    assertEquals(expected, code, cli.err.toString());
    assertFalse(cli.err.toString().contains("\tat "), "no stack trace: " + cli.err);
    return cli;
  }

  private List<String> run(Path input, String... more) {
    List<String> args = new ArrayList<>(List.of("run", "-q", "--input", input.toString(), "--out",
        tmp.resolve("reports").toString(), "--themes", "none", "--topics", "2", "--iterations", "20"));
    args.addAll(List.of(more));
    return args;
  }

  private static void assertOneLine(CliRunner cli, String expected) {
    List<String> lines = cli.err.toString().strip().lines().toList();
    assertEquals("landscape: " + expected, lines.get(0));
    assertTrue(lines.size() == 1 || lines.get(1).startsWith("Try "), lines.toString());
  }

  /** Sixty papers of 2024 with one of 2021-04 and one of 2025-03 (dates from their ids) spun the chart for ever. */
  @Test
  void datesFarApartFinishAndTheFarOneIsLeftOutOfTrends() throws IOException {
    List<String> lines = new ArrayList<>();
    List<String> texts = dev.landscape.text.TextFixtures.plantedTexts(16, 10);
    for (int i = 0; i < 60; i++) {
      lines.add(HostileInputTest.json(String.format("24%02d.%05d", i % 12 + 1, i + 1), "Paper " + i, texts.get(i)));
    }
    lines.add(HostileInputTest.json("2104.00001", "Old", texts.get(60)));
    lines.add(HostileInputTest.json("2503.00001", "New", texts.get(61)));
    Path input = Files.writeString(tmp.resolve("far.jsonl"), String.join("\n", lines) + "\n");
    execute(run(input), ExitCodes.OK);
    JsonNode trends = JSON.readTree(tmp.resolve("reports/run.json").toFile()).at("/results/trends");
    assertEquals(1, trends.get("papers_outside_span").asInt(), trends.toString());
    assertTrue(Files.size(tmp.resolve("reports/charts/theme-trends.png")) > 0 || !trends.get("available").asBoolean());
  }

  /** Sentinel dates (0001-01-01, 9999-12-31) in a date column. */
  @Test
  void sentinelDatesFinish() throws IOException {
    StringBuilder csv = new StringBuilder("id,date,abstract\n");
    List<String> texts = dev.landscape.text.TextFixtures.plantedTexts(16, 10);
    for (int i = 0; i < 60; i++) {
      csv.append(String.format("p%d,2024-%02d-15,%s%n", i, i % 12 + 1, texts.get(i)));
    }
    csv.append("s1,0001-01-01,").append(texts.get(60)).append('\n');
    csv.append("s2,9999-12-31,").append(texts.get(61)).append('\n');
    Path input = Files.writeString(tmp.resolve("sentinel.csv"), csv);
    execute(run(input), ExitCodes.OK);
    JsonNode trends = JSON.readTree(tmp.resolve("reports/run.json").toFile()).at("/results/trends");
    assertEquals(2, trends.get("papers_outside_span").asInt(), trends.toString());
  }

  /** A 6 MB gzip file of one 6 GiB line ran out of memory; here 20 MB of one line against the 16 MiB default. */
  @Test
  void aGzipBombIsRefusedAtTheRecordLimit() throws IOException {
    byte[] line = new byte[20 << 20];
    java.util.Arrays.fill(line, (byte) 'a');
    Path input = tmp.resolve("bomb.jsonl.gz");
    Files.write(input, HostileInputTest.gzip(HostileInputTest.concat(HostileInputTest.goodPlus(), line)));
    CliRunner cli = execute(run(input), ExitCodes.USAGE);
    assertOneLine(cli, input + ":9: a record longer than 16 MiB; raise --max-record-size to read it");
    assertFalse(Files.exists(tmp.resolve("reports")));
  }

  @Test
  void aCsvRecordSpanningLinesIsBoundedToo() throws IOException {
    String field = "\"" + "word\n".repeat(300_000) + "\"";
    Path input = Files.writeString(tmp.resolve("bomb.csv"), HostileInputTest.delimited(',', "2401.99,t," + field));
    CliRunner cli = execute(run(input, "--max-record-size", "1M"), ExitCodes.USAGE);
    assertOneLine(cli, input + ":10: a record longer than 1 MiB; raise --max-record-size to read it");
    cli = execute(run(input, "--max-record-size", "lots"), ExitCodes.USAGE);
    assertOneLine(cli, "--max-record-size expects a size such as 16M, 512K or 100000, found lots");
  }

  /** {@code /dev/zero} as any of the small files: one line naming it, exit 2. */
  @Test
  void endlessSmallFilesAreRefused() throws IOException {
    Path input = Files.write(tmp.resolve("c.jsonl"), HostileInputTest.goodPlus());
    Map<List<String>, String> cases = new LinkedHashMap<>();
    cases.put(run(input, "--stopwords", "/dev/zero"), "--stopwords /dev/zero:1: a line longer than 1 MiB");
    cases.put(run(input, "--keep-words", "/dev/zero"), "--keep-words /dev/zero:1: a line longer than 1 MiB");
    List<String> themes = run(input);
    themes.set(themes.indexOf("none"), "/dev/zero");
    cases.put(themes, "/dev/zero: is larger than 4 MiB, too large for this kind of file");
    Path topics = Files.writeString(tmp.resolve("topics.txt"), "rocket orbit\n");
    cases.put(List.of("coherence", "--texts", "/dev/zero", "--topics", topics.toString()),
        "/dev/zero:1: a line longer than 16 MiB");
    cases.put(List.of("coherence", "--texts", topics.toString(), "--topics", "/dev/zero"),
        "/dev/zero:1: a line longer than 1 MiB");
    for (Map.Entry<List<String>, String> c : cases.entrySet()) {
      assertOneLine(execute(c.getKey(), ExitCodes.USAGE), c.getValue());
    }
  }

  /** A model.json edited by hand: every field checked, refused in one line before anything is allocated by it. */
  @Test
  void handEditedModelsAreRefused() throws Exception {
    Map<String, Consumer<ObjectNode>> edits = new LinkedHashMap<>();
    edits.put("topics must be a whole number from 1 to 100000, found 2000000000", j -> j.put("topics", 2_000_000_000));
    edits.put("topics must be a whole number from 1 to 100000, found -1", j -> j.put("topics", -1));
    edits.put("topics must be a whole number from 1 to 100000, found 2.5", j -> j.put("topics", 2.5));
    edits.put("model.json has no topics", j -> j.putNull("topics"));
    edits.put("beta must be a positive number, found -1.0", j -> j.put("beta", -1.0));
    edits.put("seed must be a whole number from -2147483648 to 2147483647, found 1000000000000",
        j -> j.put("seed", 1_000_000_000_000L));
    for (Map.Entry<String, Consumer<ObjectNode>> edit : edits.entrySet()) {
      Path copy = copyModel();
      ObjectNode json = (ObjectNode) JSON.readTree(copy.resolve("model.json").toFile());
      edit.getValue().accept(json);
      JSON.writeValue(copy.resolve("model.json").toFile(), json);
      String message = edit.getKey().startsWith("model.json") ? edit.getKey() : "model.json's " + edit.getKey();
      assertOneLine(infer(copy), "model " + copy + " is damaged: " + message);
    }
    Path overflow = copyModel();
    List<String> rows = Files.readAllLines(overflow.resolve("topic-words.tsv"));
    rows.set(1, "0\t0:2147483647");
    rows.set(2, "1\t0:2147483647");
    Files.write(overflow.resolve("topic-words.tsv"), rows);
    rechecksum(overflow, "topic-words.tsv");
    assertOneLine(infer(overflow), overflow.resolve("topic-words.tsv") + ":3: topic 0 holds more than 2147483647 "
        + "tokens");
    Path latin1 = copyModel();
    Files.write(latin1.resolve("keep-words.txt"), "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    rechecksum(latin1, "keep-words.txt");
    assertOneLine(infer(latin1), latin1.resolve("keep-words.txt") + ":1: invalid UTF-8 (the file must be UTF-8 "
        + "text)");
  }

  private CliRunner infer(Path modelDir) {
    return execute(List.of("infer", "-q", "--model", modelDir.toString(), "--input", shared.resolve("c.jsonl")
        .toString(), "--out", tmp.resolve("out.csv").toString()), ExitCodes.USAGE);
  }

  private Path copyModel() throws IOException {
    Path copy = Files.createTempDirectory(tmp, "model");
    try (var files = Files.list(model)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }

  private static void rechecksum(Path dir, String file) throws Exception {
    ObjectNode json = (ObjectNode) JSON.readTree(dir.resolve("model.json").toFile());
    byte[] bytes = Files.readAllBytes(dir.resolve(file));
    ((ObjectNode) json.get("files").get(file)).put("sha256",
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).put("bytes", bytes.length);
    JSON.writeValue(dir.resolve("model.json").toFile(), json);
  }
}
