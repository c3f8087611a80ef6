package dev.landscape.corpus;

import dev.landscape.io.InputException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's second read of the corpus gets the abstracts of the very file the run modelled, or refuses. */
class AbstractsTest {
  @TempDir Path tmp;

  @Test
  void aFileChangedSinceTheFirstReadIsRefused() throws IOException {
    Path input = Files.writeString(tmp.resolve("c.jsonl"), "{\"id\": \"2401.1\", \"abstract\": \"rocket orbit\"}\n"
        + "{\"id\": \"2401.2\", \"abstract\": \"violin piano\"}\n");
    String sha;
    try (PaperStream papers = PaperStream.open(input, ReadOptions.defaults())) {
      while (papers.next() != null) {
        // read it all, as a run does
      }
      sha = papers.stats().sha256();
    }
    assertEquals("rocket orbit", Abstracts.of(CorpusSource.file(input, ReadOptions.defaults()), Set.of("2401.1"), sha).get("2401.1"));
    // Changed after the first read, past the paper asked for: the early stop still reads the rest for the checksum.
    Files.writeString(input, Files.readString(input).replace("violin piano", "cello sonata"));
    InputException e = assertThrows(InputException.class,
        () -> Abstracts.of(CorpusSource.file(input, ReadOptions.defaults()), Set.of("2401.1"), sha));
    assertEquals(input + ": changed while the run was working (its SHA-256 is not the one read first), so the report "
        + "would not match the papers modelled; run again once the file stays put", e.getMessage());
  }
}
