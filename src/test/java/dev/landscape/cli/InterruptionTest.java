package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped from outside, in a child JVM as a user's would be: Ctrl-C (SIGINT) exits 130 and removes its
 * temporary files; SIGKILL at any moment (reading, training, charts, report, the swap) leaves the previous report
 * whole, and the next run works.
 */
class InterruptionTest {
  @TempDir Path tmp;

  private Path reports;
  private byte[] previousRunJson;
  private byte[] previousAssignments;

  @BeforeEach
  void previousReport() throws IOException {
    reports = tmp.resolve("reports");
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.OK, cli.execute("run", "-q", "--out", reports.toString(), "--iterations", "20"),
        cli.err.toString());
    previousRunJson = Files.readAllBytes(reports.resolve("run.json"));
    previousAssignments = Files.readAllBytes(reports.resolve("topic-assignments.csv"));
  }

  private Process start(int iterations) throws IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", "-q", "--out",
        reports.toString(), "--iterations", Integer.toString(iterations))
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
  }

  private List<Path> temporaries() throws IOException {
    try (var entries = Files.list(tmp)) {
      return entries.filter(p -> p.getFileName().toString().startsWith(".reports.tmp-")).toList();
    }
  }

  private void assertPreviousReportWhole() throws IOException {
    assertArrayEquals(previousRunJson, Files.readAllBytes(reports.resolve("run.json")));
    assertArrayEquals(previousAssignments, Files.readAllBytes(reports.resolve("topic-assignments.csv")));
  }

  @Test
  void ctrlCExits130AndRemovesTemporaryFiles() throws Exception {
    Process child = start(1_000_000);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (temporaries().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(!temporaries().isEmpty(), "the run started writing: " + Files.readString(tmp.resolve("child.log")));
    Thread.sleep(500);
    // bash's own kill: a minimal machine may have no kill binary.
    new ProcessBuilder("bash", "-c", "kill -INT " + child.pid()).start().waitFor();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "stopped");
    assertEquals(130, child.exitValue());
    assertEquals(List.of(), temporaries());
    assertPreviousReportWhole();
  }

  /**
   * A full disk, simulated by a file size limit on the child ({@code ulimit -f}: writes past it fail with "File too
   * large", as they would with "No space left on device"): one line naming the file, exit 1, the previous report
   * whole and no temporary folder left.
   */
  @Test
  void aWriteErrorNamesTheFileAndKeepsThePreviousReport() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder("bash", "-c", "ulimit -f 40; exec \"$0\" \"$@\"", javaBin,
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", "-q", "--out",
        reports.toString(), "--iterations", "20").redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(child.waitFor(120, TimeUnit.SECONDS));
    assertEquals(ExitCodes.FAILURE, child.exitValue(), output);
    String line = output.strip();
    assertTrue(line.matches("landscape: cannot write [^ ]+: File too large"), line);
    assertEquals(List.of(), temporaries());
    assertPreviousReportWhole();
  }

  /**
   * A write refused while POI writes the deck or the workbook (issue 36: a 28-line stack trace, "internal error", the
   * file never named): one line naming the file, exit 1. And no temporary folder is needed: the workbook keeps its
   * rows in the staging folder, so a run with an unusable java.io.tmpdir succeeds.
   */
  @Test
  void aRefusedWriteInTheDeckOrWorkbookNamesItInOneLine() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Map<String, List<String>> cases = Map.of(
        "landscape.pptx", List.of("300", "--outputs", "deck,charts", "--chart-formats", "png"),
        "landscape.xlsx", List.of("200", "--outputs", "xlsx"));
    for (Map.Entry<String, List<String>> c : cases.entrySet()) {
      List<String> command = new java.util.ArrayList<>(List.of("bash", "-c", "ulimit -f " + c.getValue().get(0)
          + "; exec \"$0\" \"$@\"", javaBin, "-cp", System.getProperty("java.class.path"),
          Main.class.getName(), "run", "-q", "--out", tmp.resolve("refused-" + c.getKey()).toString(),
          "--iterations", "20"));
      command.addAll(c.getValue().subList(1, c.getValue().size()));
      Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(child.waitFor(120, TimeUnit.SECONDS));
      assertEquals(ExitCodes.FAILURE, child.exitValue(), output);
      assertEquals(1, output.strip().lines().count(), output);
      assertTrue(output.startsWith("landscape: cannot write " + c.getKey() + ": "), output);
    }
    Process child = new ProcessBuilder(javaBin, "-Djava.io.tmpdir=" + tmp.resolve("no-such-folder"), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "run", "-q", "--out",
        tmp.resolve("no-temp").toString(), "--iterations", "20").redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(child.waitFor(120, TimeUnit.SECONDS));
    assertEquals(ExitCodes.OK, child.exitValue(), output);
  }

  /** Every file the report's run.json lists is there, and nothing of a staging folder is left inside it. */
  private void assertWhole() throws IOException {
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(reports.resolve("run.json").toFile());
    assertTrue(json.get("files").size() > 10, json.toString());
    for (var file : json.get("files")) {
      assertTrue(Files.isRegularFile(reports.resolve(file.asText())), file.asText());
    }
  }

  @Test
  void sigkillAtAnyMomentLeavesThePreviousReportWhole() throws Exception {
    Process probe = start(150);
    long started = System.nanoTime();
    assertTrue(probe.waitFor(120, TimeUnit.SECONDS));
    long runMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(0, probe.exitValue(), Files.readString(tmp.resolve("child.log")));
    previousRunJson = Files.readAllBytes(reports.resolve("run.json"));
    previousAssignments = Files.readAllBytes(reports.resolve("topic-assignments.csv"));
    // Kill at fractions of a whole run's time: while reading, training, drawing charts, writing the report.
    for (double fraction : new double[] {0.2, 0.5, 0.8, 0.95}) {
      Process child = start(150);
      Thread.sleep((long) (runMillis * fraction));
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      if (child.exitValue() == 0 || !java.util.Arrays.equals(previousRunJson,
          Files.readAllBytes(reports.resolve("run.json")))) {
        // It committed before the kill (run.json is placed last): the new report must be whole, and becomes the
        // one to protect.
        assertWhole();
        previousRunJson = Files.readAllBytes(reports.resolve("run.json"));
        previousAssignments = Files.readAllBytes(reports.resolve("topic-assignments.csv"));
      }
      assertPreviousReportWhole();
    }
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.OK, cli.execute("run", "-q", "--out", reports.toString(), "--iterations", "20"),
        "a run after the kills works: " + cli.err);
  }
}
