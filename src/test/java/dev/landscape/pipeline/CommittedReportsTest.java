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
 * The {@code reports/} folder in the repository is the output of {@code ./landscape run} on the default corpus,
 * made by another process, often on another machine. A fresh run must give every CSV and every file of the saved
 * model byte for byte: the reproducibility guarantee (same input, seed and threads, same bytes), and a check that
 * the committed folder is not stale. After a deliberate change of the output, regenerate it with
 * {@code ./landscape run} and commit it.
 */
class CommittedReportsTest {
  @TempDir Path tmp;

  @Test
  void committedCsvsEqualAFreshRunOfTheDocumentedCommand() throws IOException {
    Path fresh = tmp.resolve("reports");
    new Pipeline(Progress.NONE).run(PipelineEndToEndTest.defaults(fresh));
    List<String> names = new java.util.ArrayList<>();
    try (var files = Files.list(fresh)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().forEach(names::add);
    }
    try (var files = Files.list(fresh.resolve("model"))) {
      files.map(p -> "model/" + p.getFileName()).sorted().forEach(names::add);
    }
    assertEquals(22, names.size(), "every table and model file: " + names);
    for (String name : names) {
      assertEquals(Files.readString(fresh.resolve(name)), Files.readString(Path.of("reports", name)),
          "reports/" + name + " differs: regenerate it with ./landscape run if the change was deliberate");
    }
  }
}
