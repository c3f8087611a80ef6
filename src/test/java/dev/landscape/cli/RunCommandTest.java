package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of the command line: exit codes, one-line errors, and what is printed. */
class RunCommandTest {

  /**
   * The console names the default input's format as a reader knows it, not "(viewer)", and says what the model's
   * tokens are next to the words found (issue 39).
   */
  @Test
  void theConsoleSaysWhatItReadAndWhatTheModelGot(@TempDir Path dir) {
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.OK, cli.execute("run", "--out", dir.resolve("r").toString(), "--iterations", "20",
        "--outputs", "csv"), cli.err.toString());
    String out = cli.out.toString();
    assertTrue(out.contains("Read 39 papers from data/arxiv-ml-abstracts.txt (dataset-viewer export)"), out);
    assertTrue(out.matches("(?s).*Prepared [\\d,]+ word tokens: .*; [\\d,]+ tokens kept for the model after dropping "
        + "stopwords and words too rare or too common.*"), out);
  }

  /** A sample as large as the corpus is said, not passed silently (issue 36). */
  @Test
  void aTrainingSampleOfTheWholeCorpusIsSaid(@TempDir Path dir) {
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
    CliRunner cli = new CliRunner();
    try {
      System.setErr(new java.io.PrintStream(logged, true, java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(ExitCodes.OK, cli.execute("run", "-q", "--out", dir.resolve("r").toString(), "--iterations", "20",
          "--train-sample", "1000000", "--outputs", "csv"), cli.err.toString());
    } finally {
      System.setErr(stderr);
    }
    String log = logged.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(log.contains("--train-sample 1000000 takes every one of the 39 papers"), log);
  }

  /**
   * The saved model names its corpus by file name only (issue 36): the same run given the input by a relative and
   * by an absolute path writes the same model files, so infer tables placed on either aggregate together.
   */
  @Test
  void theModelIsTheSameWhereverTheInputWasGivenFrom(@TempDir Path dir) throws IOException {
    Path relative = Path.of("data/arxiv-ml-abstracts.txt");
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.OK, cli.execute("run", "-q", "--input", relative.toString(), "--out",
        dir.resolve("a").toString(), "--iterations", "30", "--outputs", "model"), cli.err.toString());
    assertEquals(ExitCodes.OK, cli.execute("run", "-q", "--input", relative.toAbsolutePath().toString(), "--out",
        dir.resolve("b").toString(), "--iterations", "30", "--outputs", "model"), cli.err.toString());
    assertEquals(Files.readString(dir.resolve("a/model/model.json")),
        Files.readString(dir.resolve("b/model/model.json")));
  }
  @TempDir Path tmp;

  private final CliRunner cli = new CliRunner();

  static String fixture(String name) {
    try {
      return Path.of(RunCommandTest.class.getResource("/dev/landscape/corpus/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void successfulRunPrintsASummaryWithThroughput() {
    Path reports = tmp.resolve("reports");
    int code = cli.execute("run", "--input", fixture("good.jsonl"), "--out", reports.toString(), "--topics", "2",
        "--iterations", "50");
    assertEquals(ExitCodes.OK, code, cli.err.toString());
    assertTrue(cli.out.toString().contains("Read 3 papers"), cli.out.toString());
    assertTrue(cli.out.toString().contains("tokens/s"), cli.out.toString());
    assertTrue(Files.exists(reports.resolve("run.json")));
    assertEquals("", cli.err.toString());
  }

  @Test
  void missingInputIsExitTwoWithOneLine() {
    Path missing = tmp.resolve("nope.jsonl");
    assertEquals(ExitCodes.USAGE, cli.execute("run", "--input", missing.toString(), "--out", tmp.resolve("r").toString()));
    assertEquals("landscape: " + missing + ": no such file", cli.err.toString().strip());
    assertFalse(Files.exists(tmp.resolve("r")), "nothing written");
  }

  @Test
  void badRecordUnderFailPolicyNamesFileAndLine() {
    int code = cli.execute("run", "--input", fixture("faults.jsonl"), "--on-bad-record", "fail", "--out",
        tmp.resolve("r").toString());
    assertEquals(ExitCodes.USAGE, code);
    assertTrue(cli.err.toString().strip().matches("landscape: .*faults\\.jsonl:2: invalid JSON.*"), cli.err.toString());
    assertEquals(1, cli.err.toString().strip().lines().count(), "one line, no stack trace");
  }

  @Test
  void invalidOptionsAreUsageErrors() {
    assertUsageError("Invalid value for option '--topics': must be 0 (scale with the corpus) or at least 2, found -3", "run", "--topics", "-3");
    assertUsageError("--iterations must be at least 1, found 0", "run", "--iterations", "0");
    assertUsageError("--threads must be between 1 and 256, found 0", "run", "--threads", "0");
    assertUsageError("Invalid value for option '--format'", "run", "--format", "xml");
    assertUsageError("Unknown option: '--frobnicate'", "run", "--frobnicate");
    assertUsageError("expected on or off, found 'maybe'", "run", "--phrases", "maybe");
    assertUsageError("Invalid value for option '--topics': expects a number, 'auto' or FROM:TO[:STEP], found ten", "run", "--topics", "ten");
    assertTrue(cli.err.toString().strip().endsWith("Try 'landscape run --help' for the options."), cli.err.toString());
    assertEquals(2, cli.err.toString().strip().lines().count(), "an error and a pointer, not the whole help");
  }

  @Test
  void outPointingAtAFileOrTheInputIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "keep me");
    assertEquals(ExitCodes.USAGE, cli.execute("run", "--input", fixture("good.jsonl"), "--out", file.toString()));
    assertTrue(cli.err.toString().contains("is a file, not a folder"), cli.err.toString());
    assertEquals("keep me", Files.readString(file));
    assertUsageError("--out must not be the input file", "run", "--input", fixture("good.jsonl"), "--out",
        fixture("good.jsonl"));
  }

  @Test
  void tooFewPapersForTheTopicsIsExitTwo() {
    int code = cli.execute("run", "--input", fixture("good.jsonl"), "--topics", "5", "--out", tmp.resolve("r").toString());
    assertEquals(ExitCodes.USAGE, code);
    assertTrue(cli.err.toString().contains("3 usable papers is fewer than the 5 topics asked for"), cli.err.toString());
  }

  @Test
  void helpDocumentsDefaultsAndExitCodes() {
    // picocli formats each description with String.format and, when a lone % breaks that, warns on System.err.
    java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
    java.io.PrintStream err = System.err;
    System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertEquals(ExitCodes.OK, cli.execute("run", "--help"));
    } finally {
      System.setErr(err);
    }
    assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8));
    String help = cli.out.toString();
    assertTrue(help.replaceAll("\\s+", " ").contains("less than 0.1% above its best and topics kept 80% of their top 10 "
        + "words"), help);
    assertTrue(help.contains("Default: data/arxiv-ml-abstracts.txt"), help);
    assertTrue(help.contains("Exit codes:"), help);
    assertTrue(help.contains("130  interrupted"), help);
    assertTrue(help.replaceAll("\\s+", " ").contains("report.html"), "says what it makes: " + help);
    assertTrue(help.replaceAll("\\s+", " ").contains("single terms. Default: on."), help);
    assertTrue(help.contains("--on-bad-record"), help);
  }

  @Test
  void noCommandIsAUsageError() {
    assertEquals(ExitCodes.USAGE, cli.execute());
    assertTrue(cli.err.toString().contains("landscape run"), cli.err.toString());
  }

  /** A mistyped command or option is a usage error that suggests the nearest one (issue 23). */
  @Test
  void mistypedCommandsAndOptionsGetASuggestion() {
    assertUsageError("Did you mean: run", "runn");
    assertUsageError("Did you mean: --topics", "run", "--topic", "5");
  }

  private void assertUsageError(String expected, String... args) {
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute(args), String.join(" ", args));
    assertTrue(cli.err.toString().contains(expected), cli.err.toString());
  }
}
