package dev.landscape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.corpus.CorpusSource;
import dev.landscape.corpus.DatePrecision;
import dev.landscape.corpus.Paper;
import dev.landscape.corpus.PaperInfo;
import dev.landscape.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy of its papers a report keeps in state/, for report --from: written as read, read back the same. */
class StateCorpusTest {
  @TempDir Path tmp;

  private static final List<Paper> PAPERS = List.of(
      new Paper(new PaperInfo("2401.00700", "Tabs\tand \"quotes\"\nand lines", List.of("cs.AI", "cs.CL"),
          LocalDate.of(2024, 1, 5), DatePrecision.DAY), "An abstract, with = + - @ and émigré text."),
      new Paper(new PaperInfo("p-2", "", List.of(), LocalDate.of(2021, 12, 1), DatePrecision.MONTH), "Month only."),
      new Paper(new PaperInfo("#3", " leading space", List.of("x"), null, DatePrecision.NONE), "\"Quoted\" start"));

  @Test
  void papersComeBackAsTheyWereReadWithWhatReadingFound() throws IOException {
    CorpusSource original = CorpusSource.of("papers.jsonl", PAPERS);
    Path state = tmp.resolve("state");
    assertFalse(StateCorpus.kept(state));
    try (CorpusSource.Pass pass = StateCorpus.recording(original.open(), state)) {
      List<Paper> handed = new ArrayList<>();
      for (Paper p = pass.next(); p != null; p = pass.next()) {
        handed.add(p);
      }
      assertEquals(PAPERS, handed, "the papers are handed on unchanged");
    }
    assertTrue(StateCorpus.kept(state));
    CorpusSource copy = StateCorpus.source(state);
    for (int time = 0; time < 2; time++) {
      try (CorpusSource.Pass pass = copy.open()) {
        List<Paper> read = new ArrayList<>();
        for (Paper p = pass.next(); p != null; p = pass.next()) {
          read.add(p);
        }
        assertEquals(PAPERS, read);
        assertNull(pass.next());
        assertEquals(original.open().stats(), pass.stats(), "what reading found, as the run found it");
      }
    }
  }

  @Test
  void aDamagedCopyIsRefusedNamingTheFile() throws IOException {
    Path state = tmp.resolve("state");
    try (CorpusSource.Pass pass = StateCorpus.recording(CorpusSource.of("x", PAPERS).open(), state)) {
      while (pass.next() != null) {
        // read it all
      }
    }
    Files.write(state.resolve(StateCorpus.PAPERS), new byte[] {1, 2, 3});
    InputException e = assertThrows(InputException.class, () -> StateCorpus.source(state).open());
    assertTrue(e.getMessage().startsWith(state.resolve(StateCorpus.PAPERS) + ": cannot be read"), e.getMessage());
  }
}
