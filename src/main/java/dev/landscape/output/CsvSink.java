package dev.landscape.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table written as CSV: RFC 4180 quoting, {@code \n} line ends, UTF-8; text guarded for spreadsheets unless raw
 * ({@link CsvCells}); numbers with their column's fixed decimals, whatever the locale. Rows stream to disk.
 */
public final class CsvSink implements RowSink {
  private final TableSchema schema;
  private final CsvCells cells;
  private final Path file;
  private final CSVPrinter printer;
  private final String[] row;

  private CsvSink(TableSchema schema, CsvCells cells, Path file, Writer writer) throws IOException {
    this.schema = schema;
    this.cells = cells;
    this.file = file;
    this.printer = new CSVPrinter(writer, CsvCells.format(schema.names()));
    this.row = new String[schema.columns().size()];
  }

  /** Writes {@code schema}'s table into {@code file} (replacing it). */
  public static CsvSink to(Path file, TableSchema schema, CsvCells cells) {
    try {
      return new CsvSink(schema, cells, file, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  /** Writes {@code schema}'s table to {@code writer} (standard output, say), left open. */
  public static CsvSink to(Writer writer, TableSchema schema, CsvCells cells) {
    try {
      return new CsvSink(schema, cells, null, writer);
    } catch (IOException e) {
      throw failure(null, e);
    }
  }

  @Override
  public void row(Object... values) {
    List<TableSchema.Column> columns = schema.columns();
    for (int c = 0; c < row.length; c++) {
      row[c] = cell(columns.get(c), c < values.length ? values[c] : null);
    }
    try {
      printer.printRecord((Object[]) row);
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  /** One cell as the CSV holds it. */
  String cell(TableSchema.Column column, Object value) {
    return cell(column, value, cells);
  }

  /** One cell of {@code column} as a CSV holds it, text guarded as {@code cells} says. */
  static String cell(TableSchema.Column column, Object value, CsvCells cells) {
    if (value == null) {
      return "";
    }
    return switch (column.kind()) {
      case TEXT -> cells.text((String) value);
      case LIST -> cells.text(String.join(CsvTables.LIST_SEPARATOR, listOf(value)));
      case INTEGER -> Long.toString(((Number) value).longValue());
      case DECIMAL -> value instanceof TableSchema.Fixed fixed ? CsvCells.number(fixed.value(), fixed.decimals())
          : CsvCells.number(((Number) value).doubleValue(), column.decimals());
      case SIGNIFICANT -> String.format(java.util.Locale.ROOT, "%." + column.decimals() + "g",
          ((Number) value).doubleValue());
      case BOOLEAN -> value.toString();
    };
  }

  @SuppressWarnings("unchecked")
  static List<String> listOf(Object value) {
    return (List<String>) value;
  }

  /** Flushes what was written (for a table written to a stream that stays open). */
  public void flush() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  @Override
  public void close() {
    try {
      if (file == null) {
        printer.flush();
      } else {
        printer.close();
      }
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  private static UncheckedIOException failure(Path file, IOException e) {
    return WriteFailure.of(file == null ? "the table" : file.getFileName().toString(), e);
  }
}
