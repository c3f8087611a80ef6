package dev.landscape.corpus;

import java.util.Objects;

/**
 * How to read a corpus.
 *
 * @param format the format, or {@link CorpusFormat#AUTO} to detect it
 * @param policy what to do with faulty records
 * @param columns which columns (or JSON fields) hold the id, text, title, categories and date
 * @param parseThreads threads that parse JSON Lines while the file is read; 1 parses on the reading thread
 * @param maxRecordChars the longest record read, in characters ({@code --max-record-size}); a longer one is an
 *     error before it is held in memory
 */
public record ReadOptions(CorpusFormat format, BadRecordPolicy policy, Columns columns, int parseThreads,
    long maxRecordChars) implements java.io.Serializable {
  public ReadOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(columns, "columns");
    if (parseThreads < 1) {
      throw new IllegalArgumentException("--threads must be between 1 and 256, found " + parseThreads);
    }
    if (maxRecordChars < 1) {
      throw new IllegalArgumentException("--max-record-size must be at least 1, found " + maxRecordChars);
    }
  }

  /** Reads with the given format, policy, columns and threads, and the default record limit. */
  public ReadOptions(CorpusFormat format, BadRecordPolicy policy, Columns columns, int parseThreads) {
    this(format, policy, columns, parseThreads, dev.landscape.io.BoundedReader.DEFAULT_LIMIT);
  }

  /** Reads with the given format, policy and columns, parsing on the reading thread. */
  public ReadOptions(CorpusFormat format, BadRecordPolicy policy, Columns columns) {
    this(format, policy, columns, 1);
  }

  /** The same options, parsing JSON Lines with {@code threads} threads. */
  public ReadOptions withParseThreads(int threads) {
    return new ReadOptions(format, policy, columns, threads, maxRecordChars);
  }

  /** Detect the format, skip bad records, find columns by their usual names. */
  public static ReadOptions defaults() {
    return new ReadOptions(CorpusFormat.AUTO, BadRecordPolicy.SKIP, Columns.DEFAULT);
  }

  /**
   * Column (or JSON field) names; {@code null} means "look for the usual names" ({@code id}, {@code arxiv_id};
   * {@code abstract}, {@code text}; {@code title}; {@code categories}; {@code date}, {@code published},
   * {@code update_date}).
   */
  public record Columns(String id, String text, String title, String categories, String date)
      implements java.io.Serializable {
    public static final Columns DEFAULT = new Columns(null, null, null, null, null);
  }
}
