package dev.landscape.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code landscape.xlsx}: the run's tables as one workbook for spreadsheet users, one sheet per CSV, with ids, dates
 * and words as text (so that {@code 2401.00700} keeps its zeros and {@code 2019} stays a word) and every other
 * column whose cells are all numbers as numbers; the lists packed into cells ({@code themes}, {@code top_terms},
 * ...) also as long sheets of key, rank and item, which filter and pivot. Built from the CSVs as written, so the
 * workbook says what they say; written row by row (POI's streaming workbook), so its memory does not grow with the
 * tables. A table longer than a sheet holds is left to its CSV, and the contents sheet says so.
 */
public final class Workbook {
  public static final String FILE = "landscape.xlsx";
  /** Rows a sheet holds after its header. */
  static final int MAX_ROWS = 1_048_575;
  /** Characters a cell holds. */
  static final int MAX_CELL = 32_767;

  /**
   * A table and how it reads.
   *
   * @param text columns always written as text, whatever their cells look like
   * @param lists packed list columns, each also written as a long sheet of the table's first column, rank, item
   */
  record Table(String file, String sheet, String about, Set<String> text, List<String> lists) {}

  /** The run's tables, in the order a reader meets them; a table the run did not write is left out. */
  static final List<Table> TABLES = List.of(
      new Table("themes.csv", "themes", "each theme: kind, support, topics, member and primary papers, share and how "
          + "sure it is", Set.of("name", "kind", "parent", "description", "support", "topics", "unsure"),
          List.of("top_terms", "seed_terms", "missing_seeds", "seed_warnings", "representative_papers")),
      new Table("seeds.csv", "seeds", "each seed of each named theme: papers naming it, members it alone brings in",
          Set.of("name", "seed", "warning"), List.of()),
      new Table("theme-categories.csv", "theme-categories", "each theme by category: member papers, shares",
          Set.of("name", "category"), List.of()),
      new Table("topic-assignments.csv", "papers", "each paper: its themes and its two strongest topics",
          Set.of("id", "title", "date", "theme", "second_theme", "topic_label", "second_label"), List.of("themes")),
      new Table("topics.csv", "topics", "each topic: label, theme, shares, coherence, flags",
          Set.of("label", "theme", "top_words", "top_weights", "flags", "flag_reasons"), List.of()),
      new Table("topic-terms.csv", "topic-terms", "each topic's top words, one row per word",
          Set.of("term"), List.of()),
      new Table("trends.csv", "trends", "each theme's and topic's share of each period",
          Set.of("period", "period_start", "kind", "name"), List.of()),
      new Table("theme-trends.csv", "theme-trends", "each theme's trend: slope, p-value, verdict",
          Set.of("name", "compared", "verdict"), List.of()),
      new Table("topic-trends.csv", "topic-trends", "each topic's trend: slope, p-value, verdict",
          Set.of("name", "compared", "verdict"), List.of()),
      new Table("vocabulary.csv", "vocabulary", "every word: documents, occurrences, kept or why not",
          Set.of("term", "display", "status", "forms"), List.of()),
      new Table("doc-topics.csv", "doc-topics", "each paper's full topic distribution", Set.of("id"), List.of()),
      new Table("sweep.csv", "sweep", "the number of topics tried and their scores", Set.of(), List.of()));

  private Workbook() {}

  /**
   * Writes {@code landscape.xlsx} into {@code dir} from the tables {@code tables} (a folder holding the run's CSVs,
   * possibly {@code dir} itself); returns its name. {@code rawCsv}: the CSVs hold text as it is, so a leading
   * apostrophe is the text's own, not the spreadsheet guard (a workbook cell is never run as a formula).
   */
  public static String write(Path tables, Path dir, boolean rawCsv) {
    Path target = dir.resolve(FILE);
    try (SXSSFWorkbook book = new FastWorkbook()) {
      // No creation time: the same tables give the same bytes (the zip entries' times are fixed already).
      book.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(java.util.Optional.empty());
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet contents = book.createSheet("contents");
      List<List<String>> listed = new ArrayList<>();
      for (Table table : TABLES) {
        Path csv = tables.resolve(table.file());
        if (!Files.isRegularFile(csv)) {
          continue;
        }
        long rows = countRows(csv);
        if (rows > MAX_ROWS) {
          listed.add(List.of(table.sheet(), table.file(), Long.toString(rows),
              "not in this workbook: more rows than a sheet holds; read " + table.file()));
          continue;
        }
        boolean[] numeric = numericColumns(csv, table);
        new SheetWriter(book.createSheet(table.sheet()), bold, rawCsv).table(csv, numeric);
        listed.add(List.of(table.sheet(), table.file(), Long.toString(rows), table.about()));
        List<String> header;
        try (CSVParser parser = parse(csv)) {
          header = parser.getHeaderNames();
        }
        for (String column : table.lists().stream().filter(header::contains).toList()) {
          String name = table.sheet() + "." + column.replace('_', '-');
          long items = new SheetWriter(book.createSheet(name.length() > 31 ? name.substring(0, 31) : name), bold,
              rawCsv).longList(csv, column);
          listed.add(List.of(name, table.file(), Long.toString(items), "the " + column + " of each row of "
              + table.sheet() + ", one row per item, with its rank"));
        }
      }
      SheetWriter index = new SheetWriter(contents, bold, true);
      index.header(List.of("sheet", "from", "rows", "what"));
      for (List<String> row : listed) {
        index.row(row, new boolean[] {false, false, true, false});
      }
      index.finish();
      contents.setColumnWidth(0, 30 * 256);
      contents.setColumnWidth(1, 24 * 256);
      contents.setColumnWidth(3, 90 * 256);
      // Into the report's staging folder, which is committed whole or not at all.
      try (OutputStream out = Files.newOutputStream(target)) {
        book.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE + ": " + e.getMessage(), e);
    }
    return FILE;
  }

  private static CSVParser parse(Path csv) throws IOException {
    Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
    return CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180.builder().setHeader()
        .setSkipHeaderRecord(true).get()).get();
  }

  private static long countRows(Path csv) throws IOException {
    long rows = 0;
    try (CSVParser parser = parse(csv)) {
      for (CSVRecord ignored : parser) {
        rows++;
      }
    }
    return rows;
  }

  /** Which columns are numbers: every non-empty cell a finite number, and the column not one of text. */
  static boolean[] numericColumns(Path csv, Table table) throws IOException {
    try (CSVParser parser = parse(csv)) {
      List<String> header = parser.getHeaderNames();
      boolean[] numeric = new boolean[header.size()];
      for (int c = 0; c < numeric.length; c++) {
        numeric[c] = !table.text().contains(header.get(c)) && !table.lists().contains(header.get(c));
      }
      for (CSVRecord record : parser) {
        for (int c = 0; c < numeric.length && c < record.size(); c++) {
          if (numeric[c] && !record.get(c).isEmpty() && !SheetWriter.isNumber(record.get(c))) {
            numeric[c] = false;
          }
        }
      }
      return numeric;
    }
  }

  /**
   * POI's streaming workbook, compressing at the fastest level: its rows go through two compressions (the gzipped
   * temporary file of each sheet, then the xlsx zip), and at the default level they cost more than writing the rows
   * (78,240 papers: about 400 MB of sheet XML). The fastest level makes the file somewhat larger, not different.
   */
  private static final class FastWorkbook extends SXSSFWorkbook {
    FastWorkbook() {
      super(200);
      setCompressTempFiles(true);
    }

    @Override
    protected org.apache.poi.xssf.streaming.SheetDataWriter createSheetDataWriter() throws IOException {
      return new org.apache.poi.xssf.streaming.GZIPSheetDataWriter(getSharedStringSource()) {
        @Override
        protected OutputStream decorateOutputStream(java.io.FileOutputStream fos) throws IOException {
          return new java.util.zip.GZIPOutputStream(fos, 1 << 16) {
            {
              def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
          };
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
  }

  /** Writes rows into one sheet. */
  private static final class SheetWriter {
    private final Sheet sheet;
    private final CellStyle bold;
    private final boolean rawCsv;
    private int next;
    private List<String> widths;

    SheetWriter(Sheet sheet, CellStyle bold, boolean rawCsv) {
      this.sheet = sheet;
      this.bold = bold;
      this.rawCsv = rawCsv;
    }

    static boolean isNumber(String cell) {
      char first = cell.charAt(0);
      if (!(first == '-' || first == '.' || (first >= '0' && first <= '9'))) {
        return false; // not "NaN", "Infinity" or a hex float
      }
      try {
        return Double.isFinite(Double.parseDouble(cell));
      } catch (NumberFormatException e) {
        return false;
      }
    }

    void header(List<String> names) {
      Row row = sheet.createRow(next++);
      for (int c = 0; c < names.size(); c++) {
        Cell cell = row.createCell(c);
        cell.setCellValue(names.get(c));
        cell.setCellStyle(bold);
      }
      sheet.createFreezePane(0, 1);
      widths = names;
    }

    /**
     * Sets the columns' widths, once every row is written: POI looks up a column's definition for every cell it
     * creates (in a list, through XMLBeans), so widths set first made each cell cost as much as the columns it has:
     * 30 of 58 s of a 78,240-paper run's tables.
     */
    void finish() {
      for (int c = 0; widths != null && c < widths.size(); c++) {
        sheet.setColumnWidth(c, Math.min(60, Math.max(10, widths.get(c).length() + 2)) * 256);
      }
    }

    void row(List<String> cells, boolean[] numeric) {
      Row row = sheet.createRow(next++);
      for (int c = 0; c < cells.size(); c++) {
        String text = cells.get(c);
        if (text.isEmpty()) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (c < numeric.length && numeric[c]) {
          cell.setCellValue(Double.parseDouble(text));
        } else {
          cell.setCellValue(text(text));
        }
      }
    }

    /** A cell's text: without the spreadsheet guard the CSV added, at most what a cell holds. */
    private String text(String cell) {
      String text = !rawCsv && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
          ? cell.substring(1) : cell;
      return text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "\u2026" : text;
    }

    void table(Path csv, boolean[] numeric) throws IOException {
      try (CSVParser parser = parse(csv)) {
        List<String> names = parser.getHeaderNames();
        header(names);
        for (CSVRecord record : parser) {
          row(record.toList(), numeric);
        }
        if (next > 1) {
          sheet.setAutoFilter(new CellRangeAddress(0, next - 1, 0, names.size() - 1));
        }
        finish();
      }
    }

    /** The long sheet of {@code column}: the table's first column, rank from 1, item; returns its rows. */
    long longList(Path csv, String column) throws IOException {
      try (CSVParser parser = parse(csv)) {
        String key = parser.getHeaderNames().get(0);
        String item = column.endsWith("s") ? column.substring(0, column.length() - 1) : column;
        header(List.of(key, "rank", item));
        // The key is the table's number (theme) or a paper's id: ids stay text, numbers numbers.
        boolean keyIsNumber = !key.equals("id");
        for (CSVRecord record : parser) {
          String cell = record.get(column);
          if (cell.isEmpty()) {
            continue;
          }
          String[] items = cell.split(java.util.regex.Pattern.quote(CsvTables.LIST_SEPARATOR), -1);
          for (int i = 0; i < items.length; i++) {
            row(List.of(record.get(0), Integer.toString(i + 1), items[i]),
                new boolean[] {keyIsNumber && isNumber(record.get(0)), true, false});
          }
        }
        finish();
        return next - 1L;
      }
    }
  }
}
