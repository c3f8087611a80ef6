package dev.landscape.corpus;

/** Accepted papers, one at a time; {@link PaperStream} reads them from a file. */
public interface PaperSource {
  /** The next paper, or {@code null} at the end. */
  Paper next();

  /** What reading found; complete once {@link #next()} has returned {@code null}. */
  ReadStats stats();
}
