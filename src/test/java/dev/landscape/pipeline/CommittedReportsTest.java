package dev.landscape.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.landscape.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference copy of what {@code ./landscape run} writes on the default corpus, kept in
 * {@code src/test/resources/dev/landscape/pipeline/default-run} (every CSV and every file of the saved model), was
 * made by another process, often on another machine: a fresh run must give it byte for byte, the reproducibility
 * guarantee (same input, seed and threads, same bytes). After a deliberate change of the output, regenerate it with
 * {@code mvn -q -Pexpected process-test-classes} ({@link RegenerateExpected}), review the diff and commit it.
 */
class CommittedReportsTest {
  static final Path REFERENCE = Path.of("src/test/resources/dev/landscape/pipeline/default-run");

  @TempDir Path tmp;

  @Test
  void committedCsvsEqualAFreshRunOfTheDocumentedCommand() throws IOException {
    Path fresh = tmp.resolve("reports");
    new Pipeline(Progress.NONE).run(PipelineEndToEndTest.defaults(fresh), Settings.COMMAND);
    List<String> names = tablesAndModelFiles(fresh);
    assertEquals(23, names.size(), "every table and model file: " + names);
    for (String name : names) {
      assertEquals(Files.readString(REFERENCE.resolve(name)), Files.readString(fresh.resolve(name)),
          REFERENCE + "/" + name + " differs: if the change was deliberate, regenerate it (RegenerateExpected) and "
              + "review the diff");
    }
  }

  /**
   * run.json, state/training.json and state/read.json keep their flat shape, key for key and in order, whatever the
   * records behind them look like (their parts are unwrapped in place): scripts and users read these files by key.
   */
  @Test
  void theJsonFilesKeepTheirKeysAndTheirOrder() throws IOException {
    Path fresh = tmp.resolve("reports");
    new Pipeline(Progress.NONE).run(PipelineEndToEndTest.defaults(fresh), Settings.COMMAND);
    assertEquals(Files.readString(REFERENCE.resolve(SHAPE)), jsonShape(fresh), REFERENCE + "/" + SHAPE + " differs: "
        + "a renamed, moved or lost key; if deliberate, regenerate it (RegenerateExpected) and review the diff");
  }

  static final String SHAPE = "json-keys.txt";

  /** Every key path of the report's JSON files, one a line, in the files' order (array items as [], once). */
  static String jsonShape(Path report) throws IOException {
    StringBuilder out = new StringBuilder();
    for (String file : List.of("run.json", "state/training.json", "state/read.json")) {
      java.util.Set<String> paths = new java.util.LinkedHashSet<>();
      keys(new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.resolve(file).toFile()), file, paths);
      paths.forEach(p -> out.append(p).append('\n'));
    }
    return out.toString();
  }

  private static void keys(com.fasterxml.jackson.databind.JsonNode node, String at, java.util.Set<String> paths) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        // Maps keyed by data (timings, fault kinds, versions) are one key: their keys are values, not the shape.
        String child = at + "/" + e.getKey();
        paths.add(child);
        if (!at.endsWith("/timings_ms") && !at.endsWith("/versions")) {
          keys(e.getValue(), child, paths);
        }
      });
    } else if (node.isArray()) {
      node.forEach(item -> keys(item, at + "[]", paths));
    }
  }

  /** The CSVs of a report folder and the files of its model/, as relative paths. */
  static List<String> tablesAndModelFiles(Path report) throws IOException {
    List<String> names = new java.util.ArrayList<>();
    try (var files = Files.list(report)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().forEach(names::add);
    }
    try (var files = Files.list(report.resolve("model"))) {
      files.map(p -> "model/" + p.getFileName()).sorted().forEach(names::add);
    }
    return names;
  }
}
