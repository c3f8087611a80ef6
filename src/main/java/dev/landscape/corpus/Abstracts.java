package dev.landscape.corpus;

import dev.landscape.io.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fetches the abstracts of a few papers (a report's representative papers) by reading the corpus again. The text is
 * not kept during the run, so memory stays bounded whatever the corpus size; one more streaming pass is cheap next to
 * training.
 */
public final class Abstracts {
  private Abstracts() {}

  /**
   * The abstracts of the papers in {@code ids}, by id; ids not found are absent.
   *
   * @param sha256 the checksum the first read of {@code input} found: a file changed since then would give the
   *     report abstracts of another corpus than the one modelled, so it is refused
   */
  public static Map<String, String> of(CorpusSource source, Set<String> ids, String sha256) {
    Map<String, String> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    try (CorpusSource.Pass papers = source.reread()) {
      Paper paper;
      while (found.size() < ids.size() && (paper = papers.next()) != null) {
        if (ids.contains(paper.info().id())) {
          found.putIfAbsent(paper.info().id(), paper.abstractText());
        }
      }
      String read = papers.checksum();
      if (sha256 != null && read != null && !sha256.equals(read)) {
        throw new InputException(source.path().map(Path::toString).orElse("the corpus") + ": changed while the run "
            + "was working (its SHA-256 is not the one read first), so the report would not match the papers "
            + "modelled; run again once the file stays put");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }
}
