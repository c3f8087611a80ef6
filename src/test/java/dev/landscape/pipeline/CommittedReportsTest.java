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
