package dev.landscape.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses a record longer than a limit, before it is held in memory: a 6 MB gzip file can hold one
 * 6 GiB line, and a line reader would try to hold all of it. A record is a line (counting restarts at each line
 * break), or, for a format whose records may span lines (CSV), whatever lies between two calls to
 * {@link #recordDone()}.
 */
public final class BoundedReader extends FilterReader {
  /** The default longest record: far above any abstract (arXiv's longest are about 2,000 characters). */
  public static final long DEFAULT_LIMIT = 16L << 20;

  private final long limit;
  private final boolean lines;
  private long current;

  /** Thrown when a record exceeds the limit. */
  public static final class RecordTooLongException extends IOException {
    private final long limit;

    RecordTooLongException(long limit) {
      super("a record longer than " + describe(limit));
      this.limit = limit;
    }

    /** The limit that was exceeded, in characters. */
    public long limit() {
      return limit;
    }
  }

  /**
   * @param in the text to read
   * @param limit the longest record, in characters
   * @param lines whether a line break ends a record; if not, the reader of records calls {@link #recordDone()}
   */
  public BoundedReader(Reader in, long limit, boolean lines) {
    super(in);
    this.limit = limit;
    this.lines = lines;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + n; i++) {
      count(buffer[i]);
    }
    return n;
  }

  private void count(char c) throws RecordTooLongException {
    if (lines && c == '\n') {
      current = 0;
    } else if (++current > limit) {
      throw new RecordTooLongException(limit);
    }
  }

  /** A record ended: the next one starts counting from zero (the read-ahead of a buffer is forgiven, a few KiB). */
  public void recordDone() {
    current = 0;
  }

  /** A size as people write it: 16 MiB, 512 KiB, 100 characters. */
  public static String describe(long chars) {
    if (chars >= (1L << 20) && chars % (1L << 20) == 0) {
      return (chars >> 20) + " MiB";
    }
    if (chars >= 1024 && chars % 1024 == 0) {
      return (chars >> 10) + " KiB";
    }
    return chars + " characters";
  }

  /**
   * Reads a size such as {@code 16M}, {@code 512k}, {@code 2G} or {@code 100000} (characters; K, M and G are
   * powers of 1,024).
   *
   * @throws IllegalArgumentException naming {@code option} when it is not such a size
   */
  public static long parseSize(String text, String option) {
    String s = text.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("I?B$", "");
    long unit = 1;
    if (!s.isEmpty() && "KMG".indexOf(s.charAt(s.length() - 1)) >= 0) {
      unit = 1L << (10 * ("KMG".indexOf(s.charAt(s.length() - 1)) + 1));
      s = s.substring(0, s.length() - 1);
    }
    try {
      long value = Long.parseLong(s.strip());
      if (value >= 1 && value <= (1L << 40) / unit) {
        return value * unit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " expects a size such as 16M, 512K or 100000, found " + text);
  }
}
