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
 * The {@code reports/} folder in the repository is the output of {@code ./landscape run} on the default corpus.
 * This test keeps it honest: a fresh run must give the same CSVs byte for byte. After a deliberate change of the
 * output, regenerate it with {@code ./landscape run} and commit it.
 */
class CommittedReportsTest {
  @TempDir Path tmp;

  @Test
  void committedCsvsEqualAFreshRunOfTheDocumentedCommand() throws IOException {
    Path fresh = tmp.resolve("reports");
    new Pipeline(Progress.NONE).run(PipelineEndToEndTest.defaults(fresh));
    for (String name : List.of("topic-assignments.csv", "topics.csv", "doc-topics.csv")) {
      assertEquals(Files.readString(fresh.resolve(name)), Files.readString(Path.of("reports", name)),
          "reports/" + name + " is stale: regenerate it with ./landscape run");
    }
  }
}
