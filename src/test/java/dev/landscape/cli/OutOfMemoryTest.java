package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heap too small for the run ends in our one line and exit code 1, with nothing half-written left behind: the
 * launcher sizes the heap to the input, so a user who overrides it, or a corpus unlike its estimate, meets this.
 */
class OutOfMemoryTest {
  @TempDir Path tmp;

  @Test
  void aHeapTooSmallGetsOneLineAndLeavesTheOldReport() throws Exception {
    Path out = tmp.resolve("out");
    assertEquals(ExitCodes.OK, new CliRunner().execute("run", "-q", "--out", out.toString()));
    String before = Files.readString(out.resolve("report.md"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // 24 MiB holds the JVM and the command line, not the default corpus's run (which needs about 48 MiB).
    Process process = new ProcessBuilder(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "run", "-q", "--out", out.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(ExitCodes.FAILURE, process.exitValue(), output);
    List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
    assertEquals(1, lines.size(), output);
    assertTrue(lines.get(0).startsWith("landscape: out of memory (the Java heap was limited to "), output);
    assertTrue(lines.get(0).contains("LANDSCAPE_JAVA_OPTS=-Xmx"), output);
    assertFalse(output.contains("\tat "), output);
    assertEquals(before, Files.readString(out.resolve("report.md")));
    try (var left = Files.list(tmp)) {
      assertEquals(List.of(out), left.toList(), "no staging folder left beside the report");
    }
  }
}
