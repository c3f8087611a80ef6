package dev.landscape.output;

import java.io.Closeable;
import java.util.List;

/** Where the rows of one table go (see {@link TableSchema} for what a row's cells are). */
public interface RowSink extends Closeable {
  /** Writes one row. */
  void row(Object... cells);

  /** Finishes the table. */
  @Override
  void close();

  /** A sink that writes every row to each of {@code sinks}. */
  static RowSink all(List<RowSink> sinks) {
    if (sinks.size() == 1) {
      return sinks.get(0);
    }
    return new RowSink() {
      @Override
      public void row(Object... cells) {
        for (RowSink sink : sinks) {
          sink.row(cells);
        }
      }

      @Override
      public void close() {
        RuntimeException first = null;
        for (RowSink sink : sinks) {
          try {
            sink.close();
          } catch (RuntimeException e) {
            first = first == null ? e : first;
          }
        }
        if (first != null) {
          throw first;
        }
      }
    };
  }

  /** A sink that keeps nothing. */
  RowSink NONE = new RowSink() {
    @Override
    public void row(Object... cells) {}

    @Override
    public void close() {}
  };
}
