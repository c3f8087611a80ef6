package dev.landscape.output;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a run's tables go: each row written once, to its CSV (when CSVs are written) and to its sheet of
 * landscape.xlsx (when the workbook is). The files written, in order, are what {@link #written()} lists.
 */
public final class Tables implements Closeable {
  private final Path dir;
  private final CsvCells cells;
  private final boolean csv;
  private final Workbook book;
  private final List<String> written = new ArrayList<>();
  private boolean closed;

  /**
   * @param dir the folder the CSVs and the workbook go into
   * @param csv whether the CSVs are written
   * @param xlsx whether the workbook is
   */
  public Tables(Path dir, CsvCells cells, boolean csv, boolean xlsx) {
    this.dir = dir;
    this.cells = cells;
    this.csv = csv;
    this.book = xlsx ? Workbook.open(dir.resolve(Workbook.FILE)) : null;
  }

  /** The sink of {@code schema}'s table, of {@code rows} rows. */
  public RowSink open(TableSchema schema, long rows) {
    return open(schema, rows, false);
  }

  /**
   * The sink of {@code schema}'s table, of {@code rows} rows; {@code matrix}: numbers only, which the workbook leaves
   * to the CSV when there are millions ({@link Workbook#sheet}).
   */
  public RowSink open(TableSchema schema, long rows, boolean matrix) {
    List<RowSink> sinks = new ArrayList<>(2);
    if (csv) {
      sinks.add(CsvSink.to(dir.resolve(schema.file()), schema, cells));
      written.add(schema.file());
    }
    if (book != null) {
      sinks.add(book.sheet(schema, rows, matrix));
    }
    return sinks.isEmpty() ? RowSink.NONE : RowSink.all(sinks);
  }

  /** The files written: the CSVs, then the workbook once {@link #close()} wrote it. */
  public List<String> written() {
    return List.copyOf(written);
  }

  /** Writes the workbook (once, however often it is called). */
  @Override
  public void close() {
    if (book != null && !closed) {
      closed = true;
      book.close();
      written.add(Workbook.FILE);
    }
    closed = true;
  }
}
