package dev.landscape.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * spark/run-local, the one command a newcomer tries the Spark job with (issue 39): run from the built module on the
 * default corpus, it trains on every paper, places them all and writes the landscape's tables, with no Spark
 * installation. Runs after the jar is packaged (the integration-test phase).
 */
class RunLocalScriptIT {
  @TempDir Path tmp;

  @Test
  void theDefaultCorpusInLocalModeWritesTheLandscape() throws Exception {
    Path out = tmp.resolve("spark-out");
    Path root = Path.of("..").toAbsolutePath().normalize();
    ProcessBuilder builder = new ProcessBuilder("bash", "run-local", "--train-sample", "100%", "--input",
        root.resolve("data/arxiv-ml-abstracts.txt").toString(), "--out", out.toString(), "--iterations", "50")
        .redirectErrorStream(true).redirectOutput(tmp.resolve("run-local.log").toFile());
    builder.environment().put("SPARK_MASTER", "local[2]");
    Process process = builder.start();
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), "finished");
    String log = Files.readString(tmp.resolve("run-local.log"));
    assertEquals(0, process.exitValue(), log);
    assertTrue(Files.isRegularFile(out.resolve("run.json")), log);
    List<CSVRecord> themes = csv(out.resolve("themes.csv"));
    assertTrue(themes.size() > 1, "themes: " + themes.size());
    long placed = 0;
    try (var parts = Files.walk(out.resolve("assignments"))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")
          && p.toString().contains("/csv/") && p.toString().endsWith(".csv")).toList()) {
        placed += csv(part).size();
      }
    }
    assertEquals(39, placed, "every default paper placed");
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }
}
