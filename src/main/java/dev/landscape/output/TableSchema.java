package dev.landscape.output;

import java.util.ArrayList;
import java.util.List;

/**
 * One table's columns, each declared once: its name and what its cells hold. Every sink writes a row through it (a
 * CSV file, a sheet of landscape.xlsx, a Parquet file), so a column added here is added to each, typed the same.
 * A row is an array of cells in column order: a {@code String} for {@link Kind#TEXT}, a {@code List<String>} for
 * {@link Kind#LIST}, a {@code Number} for {@link Kind#INTEGER} and {@link Kind#DECIMAL}, a {@code Boolean} for
 * {@link Kind#BOOLEAN}; null (or an empty text) is an empty cell.
 *
 * @param file the CSV's name
 * @param sheet the workbook sheet's name
 * @param about what a row is, for the workbook's contents sheet
 * @param columns the columns, in order
 */
public record TableSchema(String file, String sheet, String about, List<Column> columns) {
  /** What a column's cells hold. */
  public enum Kind {
    /** Text: corpus text, names, ids, dates, codes; guarded against spreadsheets running it in a CSV. */
    TEXT,
    /** Several texts, written as one cell joined by "; " (and in the workbook also as a long sheet). */
    LIST,
    /** A whole number. */
    INTEGER,
    /** A number with a fixed number of decimals. */
    DECIMAL,
    /** A number that spans orders of magnitude (a p-value), with a fixed number of significant digits. */
    SIGNIFICANT,
    /** true or false. */
    BOOLEAN
  }

  /**
   * A column.
   *
   * @param name its name in the header
   * @param kind what its cells hold
   * @param decimals for {@link Kind#DECIMAL}, the digits written after the point; for {@link Kind#SIGNIFICANT},
   *     the significant digits
   */
  public record Column(String name, Kind kind, int decimals) {
    public static Column text(String name) {
      return new Column(name, Kind.TEXT, 0);
    }

    public static Column list(String name) {
      return new Column(name, Kind.LIST, 0);
    }

    public static Column integer(String name) {
      return new Column(name, Kind.INTEGER, 0);
    }

    public static Column decimal(String name, int decimals) {
      return new Column(name, Kind.DECIMAL, decimals);
    }

    public static Column significant(String name, int digits) {
      return new Column(name, Kind.SIGNIFICANT, digits);
    }

    public static Column bool(String name) {
      return new Column(name, Kind.BOOLEAN, 0);
    }
  }

  /**
   * A number in a {@link Kind#DECIMAL} column written with its own decimals: trends.csv's {@code papers} counts a
   * theme's papers (whole) and a topic's summed weights (two decimals) in one column.
   */
  public record Fixed(double value, int decimals) {}

  public TableSchema {
    columns = List.copyOf(columns);
  }

  /** A table of these columns. */
  public static TableSchema of(String file, String sheet, String about, Column... columns) {
    return new TableSchema(file, sheet, about, List.of(columns));
  }

  /** The column names, in order. */
  public List<String> names() {
    return columns.stream().map(Column::name).toList();
  }

  /** The same table with {@code more} columns at the end, written to {@code file}. */
  public TableSchema plus(String file, Column... more) {
    List<Column> all = new ArrayList<>(columns);
    all.addAll(List.of(more));
    return new TableSchema(file, sheet, about, all);
  }
}
