package dev.landscape.corpus;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A corpus that can be read from its start as often as a run needs (once to prepare it, again for the report's
 * abstracts): a file ({@link #file}), the copy of its papers a report keeps for {@code landscape report --from}, or
 * papers a caller hands over in memory (the Spark job's training sample).
 */
public interface CorpusSource {
  /** An open pass over the papers. */
  interface Pass extends PaperSource, Closeable {
    /**
     * The SHA-256 of the bytes read so far (of the whole source once {@link #next()} returned null), or null when
     * the source has no bytes of its own.
     */
    default String checksum() {
      return null;
    }
  }

  /** A new pass from the first paper. */
  Pass open();

  /**
   * A pass after the first, which already reported every faulty record: it skips them and says nothing of them.
   */
  default Pass reread() {
    return open();
  }

  /** The file the papers are read from, when they are: an input a run must never replace. */
  default Optional<Path> path() {
    return Optional.empty();
  }

  /** The corpus file {@code path}, read with {@code options}. */
  static CorpusSource file(Path path, ReadOptions options) {
    return new CorpusSource() {
      @Override
      public Pass open() {
        return PaperStream.open(path, options);
      }

      @Override
      public Pass reread() {
        return PaperStream.open(path, new ReadOptions(options.format(), BadRecordPolicy.SKIP, options.columns(),
            options.parseThreads(), options.maxRecordChars())).quiet();
      }

      @Override
      public Optional<Path> path() {
        return Optional.of(path);
      }
    };
  }

  /**
   * Papers held in memory ({@code name} in messages and provenance), in their order: for a caller that has them
   * already, such as the Spark job's training sample collected on its driver. Its checksum is the SHA-256 of the
   * papers' fields, so two runs on the same papers record the same corpus.
   */
  static CorpusSource of(String name, java.util.List<Paper> papers) {
    java.util.List<Paper> held = java.util.List.copyOf(papers);
    String sha256 = checksum(held);
    java.util.Map<String, Long> faults = new java.util.LinkedHashMap<>();
    for (RecordFault fault : RecordFault.values()) {
      faults.put(fault.key(), 0L);
    }
    long undated = held.stream().filter(p -> p.info().date() == null).count();
    ReadStats stats = new ReadStats(new ReadStats.Source(name, sha256, 0, CorpusFormat.JSONL, false), held.size(),
        held.size(), faults, java.util.Map.of(), 0, undated);
    return () -> new Pass() {
      private int next;

      @Override
      public Paper next() {
        return next < held.size() ? held.get(next++) : null;
      }

      @Override
      public ReadStats stats() {
        return stats;
      }

      @Override
      public String checksum() {
        return sha256;
      }

      @Override
      public void close() {}
    };
  }

  private static String checksum(java.util.List<Paper> papers) {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      for (Paper paper : papers) {
        PaperInfo info = paper.info();
        for (String field : java.util.List.of(info.id(), info.title(), String.join(" ", info.categories()),
            info.dateText(), paper.abstractText())) {
          digest.update(field.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          digest.update((byte) 0);
        }
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
