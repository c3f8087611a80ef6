package dev.landscape.output;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a run's tables go: each row written once, to its CSV (when CSVs are written) and to its sheet of
 * landscape.xlsx (when the workbook is), the workbook on a thread of its own ({@link WorkbookLane}). The files written, in order, are what {@link #written()} lists.
 */
public final class Tables implements Closeable {
  private final Path dir;
  private final CsvCells cells;
  private final boolean csv;
  private final WorkbookLane book;
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
    // The workbook is written on a thread of its own while the CSVs are written on this one.
    this.book = xlsx ? new WorkbookLane(Workbook.open(dir.resolve(Workbook.FILE))) : null;
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

  /**
   * A table whose sheet holds only some of its CSV's rows: {@code csv} gets every row; {@code sheet}, described by
   * {@code sheetSchema} (whose {@code about} says what was left out), gets {@code sheetRows} of them, those the
   * caller passes to it. Either is {@link RowSink#NONE} when its format is not written.
   */
  public Split openSplit(TableSchema schema, TableSchema sheetSchema, long sheetRows) {
    RowSink csvSink = RowSink.NONE;
    if (csv) {
      csvSink = CsvSink.to(dir.resolve(schema.file()), schema, cells);
      written.add(schema.file());
    }
    return new Split(csvSink, book == null ? RowSink.NONE : book.sheet(sheetSchema, sheetRows, false));
  }

  /** The two sinks of {@link #openSplit}: every row goes to {@code csv}, some to {@code sheet}. */
  public record Split(RowSink csv, RowSink sheet) implements java.io.Closeable {
    @Override
    public void close() {
      RowSink.all(List.of(csv, sheet)).close();
    }
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
