package dev.landscape.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code landscape.xlsx}: the run's tables as one workbook for spreadsheet users, one sheet per table, written from
 * the same typed rows as the CSVs ({@link TableSchema}): text as text (so that {@code 2401.00700} keeps its zeros and
 * {@code 2019} stays a word), numbers as numbers; a list column ({@code themes}, {@code top_terms}, ...) also as a
 * long sheet of key, rank and item, which filters and pivots. Rows stream (POI's streaming workbook), so memory does
 * not grow with the tables. A table longer than a sheet holds is left to its CSV, and the contents sheet says so.
 */
public final class Workbook implements Closeable {
  public static final String FILE = "landscape.xlsx";
  /** Rows a sheet holds after its header. */
  static final int MAX_ROWS = 1_048_575;
  /** Characters a cell holds. */
  static final int MAX_CELL = 32_767;
  /**
   * Most cells of a number matrix (doc-topics: papers x topics) in a sheet. A spreadsheet of millions of numbers opens
   * slowly and says nothing a person reads; pandas reads its CSV. Writing 78,240 papers x 50 topics took 12 of the 14 s
   * of the tables.
   */
  static final long MAX_MATRIX_CELLS = 1_000_000;
  /** The sheets' order, tables then the long sheets of their lists after each; others after these. */
  private static final List<String> ORDER = List.of("themes", "seeds", "theme-categories", "papers", "topics",
      "topic-terms", "trends", "theme-trends", "topic-trends", "vocabulary", "doc-topics", "sweep");

  private final Path target;
  /** The folder beside the workbook (in the staging folder) that holds its sheets' rows until it is written. */
  static final String TEMPORARY = ".xlsx-rows";
  private final FastWorkbook book;
  private final CellStyle bold;
  private final List<List<String>> contents = new ArrayList<>();
  private boolean written;

  private Workbook(Path target) {
    this.target = target;
    this.book = new FastWorkbook(target.resolveSibling(TEMPORARY));
    // No creation time: the same tables give the same bytes (the zip entries' times are fixed already).
    book.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(java.util.Optional.empty());
    bold = book.createCellStyle();
    Font font = book.createFont();
    font.setBold(true);
    bold.setFont(font);
    book.createSheet("contents");
  }

  /** A workbook to be written to {@code target} on {@link #close()}. */
  public static Workbook open(Path target) {
    return new Workbook(target);
  }

  /**
   * The sheet of {@code schema}'s table, of {@code rows} rows (with the long sheets of its list columns); {@code
   * matrix}: a table of numbers only, as doc-topics, left to its CSV beyond {@link #MAX_MATRIX_CELLS} cells.
   */
  public RowSink sheet(TableSchema schema, long rows, boolean matrix) {
    if (rows > MAX_ROWS) {
      contents.add(List.of(schema.sheet(), schema.file(), Long.toString(rows),
          "not in this workbook: more rows than a sheet holds; read " + schema.file()));
      return RowSink.NONE;
    }
    if (matrix && rows * schema.columns().size() > MAX_MATRIX_CELLS) {
      contents.add(List.of(schema.sheet(), schema.file(), Long.toString(rows),
          "not in this workbook: " + schema.about() + ", over a million numbers; read " + schema.file()
              + " (in pandas)"));
      return RowSink.NONE;
    }
    return new TableSheet(schema, rows);
  }

  /** Writes the workbook: the contents sheet first, then every table's sheets. */
  @Override
  public void close() {
    try {
      if (!written) {
        written = true;
        SheetWriter index = new SheetWriter(book.getSheet("contents"));
        index.header(List.of("sheet", "from", "rows", "what"));
        for (List<String> row : contents) {
          Row r = index.next();
          for (int c = 0; c < row.size(); c++) {
            if (c == 2) {
              r.createCell(c).setCellValue(Long.parseLong(row.get(c)));
            } else {
              r.createCell(c).setCellValue(row.get(c));
            }
          }
        }
        index.sheet.setColumnWidth(0, 30 * 256);
        index.sheet.setColumnWidth(1, 24 * 256);
        index.sheet.setColumnWidth(3, 90 * 256);
        order();
        // Into the report's staging folder, which is committed whole or not at all.
        try (OutputStream out = Files.newOutputStream(target)) {
          book.write(out);
        }
      }
    } catch (IOException | org.apache.poi.ooxml.POIXMLException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException | UncheckedIOException e) {
      throw WriteFailure.of(FILE, e);
    } finally {
      try {
        book.close();
      } catch (IOException e) {
        // its temporary files are removed next, and are in the staging folder in any case
      } finally {
        book.removeTemporary();
      }
    }
  }

  /** Puts the sheets in {@link #ORDER}, each table's long sheets after it, the contents first. */
  private void order() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < book.getNumberOfSheets(); i++) {
      names.add(book.getSheetName(i));
    }
    List<String> ordered = new ArrayList<>(List.of("contents"));
    for (String table : ORDER) {
      names.stream().filter(n -> n.equals(table) || n.startsWith(table + ".")).sorted((a, b) -> a.equals(table) ? -1
          : b.equals(table) ? 1 : 0).forEach(ordered::add);
    }
    names.stream().filter(n -> !ordered.contains(n)).forEach(ordered::add);
    for (int i = 0; i < ordered.size(); i++) {
      book.setSheetOrder(ordered.get(i), i);
    }
    book.setActiveSheet(0);
    book.setSelectedTab(0);
  }

  /** One table's sheet and the long sheets of its list columns. */
  private final class TableSheet implements RowSink {
    private final TableSchema schema;
    private final SheetWriter main;
    private final SheetWriter[] lists;
    private final boolean keyIsNumber;
    /** This table's row of the contents sheet, and how many of its cells were cut to fit a cell. */
    private final int contentsRow;
    private long cut;

    TableSheet(TableSchema schema, long rows) {
      this.schema = schema;
      this.main = new SheetWriter(book.createSheet(schema.sheet()));
      main.header(schema.names());
      contentsRow = contents.size();
      contents.add(List.of(schema.sheet(), schema.file(), Long.toString(rows), schema.about()));
      List<TableSchema.Column> columns = schema.columns();
      this.lists = new SheetWriter[columns.size()];
      this.keyIsNumber = columns.get(0).kind() == TableSchema.Kind.INTEGER;
      for (int c = 0; c < columns.size(); c++) {
        if (columns.get(c).kind() == TableSchema.Kind.LIST) {
          String column = columns.get(c).name();
          String name = schema.sheet() + "." + column.replace('_', '-');
          lists[c] = new SheetWriter(book.createSheet(name.length() > 31 ? name.substring(0, 31) : name));
          String item = column.endsWith("s") ? column.substring(0, column.length() - 1) : column;
          lists[c].header(List.of(columns.get(0).name(), "rank", item));
          lists[c].about = List.of(lists[c].sheet.getSheetName(), schema.file(), "the " + column + " of each row of "
              + schema.sheet() + ", one row per item, with its rank");
        }
      }
    }

    @Override
    public void row(Object... values) {
      Row row = main.next();
      List<TableSchema.Column> columns = schema.columns();
      for (int c = 0; c < columns.size() && c < values.length; c++) {
        Object value = values[c];
        if (value == null) {
          continue;
        }
        switch (columns.get(c).kind()) {
          case TEXT -> text(row, c, (String) value);
          case BOOLEAN -> text(row, c, value.toString());
          case INTEGER -> row.createCell(c).setCellValue(((Number) value).longValue());
          case SIGNIFICANT -> row.createCell(c).setCellValue(Double.parseDouble(String.format(java.util.Locale.ROOT,
              "%." + columns.get(c).decimals() + "g", ((Number) value).doubleValue())));
          case DECIMAL -> {
            if (value instanceof TableSchema.Fixed fixed) {
              decimal(row, c, fixed.value(), fixed.decimals());
            } else {
              decimal(row, c, ((Number) value).doubleValue(), columns.get(c).decimals());
            }
          }
          case LIST -> {
            List<String> items = CsvSink.listOf(value);
            text(row, c, String.join(CsvTables.LIST_SEPARATOR, items));
            for (int i = 0; i < items.size(); i++) {
              Row item = lists[c].next();
              if (keyIsNumber) {
                item.createCell(0).setCellValue(((Number) values[0]).longValue());
              } else {
                text(item, 0, (String) values[0]);
              }
              item.createCell(1).setCellValue(i + 1);
              text(item, 2, items.get(i));
            }
          }
        }
      }
    }

    /** A number as the CSV rounds it; a value that is no number (NaN) as the CSV writes it. */
    private void decimal(Row row, int c, double value, int decimals) {
      if (!Double.isFinite(value)) {
        text(row, c, CsvCells.number(value, decimals));
        return;
      }
      double scale = Math.pow(10, decimals);
      double rounded = Math.abs(value) < 1e9 ? Math.round(value * scale) / scale : value;
      row.createCell(c).setCellValue(rounded);
    }

    private void text(Row row, int c, String value) {
      if (value.isEmpty()) {
        return;
      }
      if (value.length() > MAX_CELL) {
        // A cell holds 32,767 characters; the cut is marked in the cell and counted in the contents sheet.
        cut++;
        row.createCell(c).setCellValue(value.substring(0, MAX_CELL - 1) + "\u2026");
        return;
      }
      row.createCell(c).setCellValue(value);
    }

    @Override
    public void close() {
      if (cut > 0) {
        List<String> row = contents.get(contentsRow);
        contents.set(contentsRow, List.of(row.get(0), row.get(1), row.get(2), row.get(3) + String.format(
            java.util.Locale.ROOT, "; %,d cell%s longer than a cell holds (32,767 characters) cut, marked with "
                + "\u2026: %s has them whole", cut, cut == 1 ? "" : "s", schema.file())));
      }
      main.finish(schema.names().size());
      for (SheetWriter list : lists) {
        if (list != null) {
          list.finish(3);
          contents.add(List.of(list.about.get(0), list.about.get(1), Long.toString(list.rows - 1L),
              list.about.get(2)));
        }
      }
    }
  }

  /** Rows into one sheet. */
  private final class SheetWriter {
    private final Sheet sheet;
    private int rows;
    private List<String> widths = List.of();
    private List<String> about;

    SheetWriter(Sheet sheet) {
      this.sheet = sheet;
    }

    void header(List<String> names) {
      Row row = next();
      for (int c = 0; c < names.size(); c++) {
        Cell cell = row.createCell(c);
        cell.setCellValue(names.get(c));
        cell.setCellStyle(bold);
      }
      sheet.createFreezePane(0, 1);
      widths = names;
    }

    Row next() {
      return sheet.createRow(rows++);
    }

    /**
     * The autofilter, and the columns' widths: set once every row is written, since POI looks a column's definition
     * up for every cell it creates (through XMLBeans), and widths set first made each cell cost as much as its
     * row's columns (30 of a 78,240-paper run's 58 s of tables).
     */
    void finish(int columns) {
      if (rows > 1) {
        sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, columns - 1));
      }
      for (int c = 0; c < widths.size(); c++) {
        sheet.setColumnWidth(c, Math.min(60, Math.max(10, widths.get(c).length() + 2)) * 256);
      }
    }
  }

  /**
   * POI's streaming workbook, compressing at the fastest level: its rows go through two compressions (the gzipped
   * temporary file of each sheet, then the xlsx zip), and at the default level they cost more than writing the rows
   * (78,240 papers: about 400 MB of sheet XML). The fastest level makes the file somewhat larger, not different.
   */
  private static final class FastWorkbook extends SXSSFWorkbook {
    private final Path temporary;

    /**
     * @param temporary the folder for the sheets' rows until the workbook is written: inside the report's staging
     *     folder, so that an interrupted run leaves none behind (POI's default is a folder under java.io.tmpdir that
     *     nothing cleans)
     */
    FastWorkbook(Path temporary) {
      super(200);
      this.temporary = temporary;
    }

    /**
     * Rows go to plain temporary files, not gzipped ones: compressing them costs a deflate and an inflate of every
     * sheet (151 MB of XML for 78,240 papers, about 3 s) on top of the workbook's own zip, to save disk space the
     * staging folder has.
     */
    @Override
    protected org.apache.poi.xssf.streaming.SheetDataWriter createSheetDataWriter() throws IOException {
      Path folder = temporary;
      return new org.apache.poi.xssf.streaming.SheetDataWriter(getSharedStringSource()) {
        @Override
        public java.io.File createTempFile() throws IOException {
          return Files.createTempFile(Files.createDirectories(folder), "sheet-", ".xml").toFile();
        }
      };
    }

    @Override
    protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
        OutputStream out) {
      org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
      zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
      return zip;
    }

    /** Removes the temporary rows and their folder. */
    void removeTemporary() {
      dispose();
      try (var files = Files.list(temporary)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
        Files.deleteIfExists(temporary);
      } catch (java.nio.file.NoSuchFileException e) {
        // nothing was written
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove the workbook's temporary files in " + temporary, e);
      }
    }
  }
}
