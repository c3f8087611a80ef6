package dev.landscape.corpus;

/** Accepted papers, one at a time; {@link PaperStream} reads them from a file. */
public interface PaperSource {
  /** The next paper, or {@code null} at the end. */
  Paper next();

  /** What reading found; complete once {@link #next()} has returned {@code null}. */
  ReadStats stats();

  /** The source's size in bytes as stored (compressed for a gzip file), or -1 when unknown: for progress. */
  default long size() {
    return -1;
  }

  /** The bytes of {@link #size()} read so far, or -1 when unknown; may be read from another thread. */
  default long bytesRead() {
    return -1;
  }

  /** The next (at most) {@code size} papers; empty at the end. For stages that hand papers to a pool in batches. */
  default java.util.List<Paper> nextBatch(int size) {
    java.util.List<Paper> batch = new java.util.ArrayList<>(size);
    Paper paper;
    while (batch.size() < size && (paper = next()) != null) {
      batch.add(paper);
    }
    return batch;
  }
}
