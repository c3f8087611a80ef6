package dev.landscape.corpus;

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

  /** The abstracts of the papers in {@code ids}, by id; ids not found are absent. */
  public static Map<String, String> of(Path input, ReadOptions options, Set<String> ids) {
    Map<String, String> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    ReadOptions lenient = new ReadOptions(options.format(), BadRecordPolicy.SKIP, options.columns(),
        options.parseThreads());
    try (PaperStream papers = PaperStream.open(input, lenient).quiet()) {
      Paper paper;
      while (found.size() < ids.size() && (paper = papers.next()) != null) {
        if (ids.contains(paper.info().id())) {
          found.putIfAbsent(paper.info().id(), paper.abstractText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }
}
