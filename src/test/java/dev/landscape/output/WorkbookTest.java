package dev.landscape.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * landscape.xlsx read back with POI, against the CSVs written from the same rows: a real run's tables, each sheet
 * with its CSV's header, every cell its CSV's (text as text, numbers as numbers, the CSVs' spreadsheet guard not
 * in the workbook, where a text cell never runs), and list columns as long sheets. The run's text holds an id that
 * looks like a number, a title that looks like a formula and one with "; ".
 */
class WorkbookTest {
  @TempDir static Path dir;
  static Path report;

  @BeforeAll
  static void run() throws IOException {
    StringBuilder corpus = new StringBuilder();
    String[] fields = {"rocket orbit launch satellite telescope galaxy", "recipe flour oven bake bread yeast",
        "violin piano melody chord rhythm orchestra"};
    for (int i = 0; i < 60; i++) {
      String title = i == 0 ? "=HYPERLINK(\\\"x\\\")" : i == 1 ? "A title; with a semicolon" : "Paper " + i;
      String id = i == 0 ? "2401.00700" : String.format(java.util.Locale.ROOT, "2402.%05d", i);
      corpus.append(String.format(java.util.Locale.ROOT,
          "{\"id\": \"%s\", \"title\": \"%s\", \"abstract\": \"%s %s\", \"update_date\": \"2024-0%d-01\"}%n", id,
          title, fields[i % 3], fields[i % 3], 1 + i % 6));
    }
    Path input = Files.writeString(dir.resolve("papers.jsonl"), corpus);
    report = dir.resolve("report");
    dev.landscape.pipeline.Pipeline pipeline = new dev.landscape.pipeline.Pipeline(
        dev.landscape.progress.Progress.NONE);
    pipeline.run(dev.landscape.pipeline.Settings.of(input, report, dev.landscape.corpus.ReadOptions.defaults(),
        dev.landscape.text.TextOptions.defaults(1), dev.landscape.themes.ThemeOptions.NONE,
        dev.landscape.trends.TrendOptions.AUTO, new dev.landscape.selection.TopicChoice.Fixed(3), 0, 20_000,
        new dev.landscape.topics.LdaParams(3, 50, 1.0, 0.01, 0, 0, 1, 1), 1, false, null),
        dev.landscape.pipeline.Settings.COMMAND);
  }

  private static XSSFWorkbook book() throws IOException {
    try (InputStream in = Files.newInputStream(report.resolve(Workbook.FILE))) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<CSVRecord> csv(String file) throws IOException {
    try (Reader in = Files.newBufferedReader(report.resolve(file))) {
      return CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().get()).getRecords();
    }
  }

  @Test
  void everySheetHoldsItsCsvCellForCellTextAsTextNumbersAsNumbers() throws IOException {
    try (XSSFWorkbook book = book()) {
      Sheet contents = book.getSheet("contents");
      int checked = 0;
      for (Row row : contents) {
        if (row.getRowNum() == 0 || row.getCell(0).getStringCellValue().contains(".")) {
          continue; // the header, and long sheets (checked below)
        }
        String sheetName = row.getCell(0).getStringCellValue();
        String file = row.getCell(1).getStringCellValue();
        Sheet sheet = book.getSheet(sheetName);
        List<CSVRecord> records = csv(file);
        List<String> header;
        try (Reader in = Files.newBufferedReader(report.resolve(file))) {
          header = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().get()).getHeaderNames();
        }
        assertEquals(records.size(), (long) row.getCell(2).getNumericCellValue(), sheetName + " rows");
        assertEquals(records.size(), sheet.getLastRowNum(), sheetName + " rows");
        for (int c = 0; c < header.size(); c++) {
          assertEquals(header.get(c), sheet.getRow(0).getCell(c).getStringCellValue(), sheetName + " header");
        }
        for (int r = 0; r < records.size(); r++) {
          for (int c = 0; c < header.size(); c++) {
            String expected = records.get(r).get(c);
            Cell cell = sheet.getRow(r + 1).getCell(c);
            String where = sheetName + " row " + (r + 1) + " " + header.get(c);
            if (expected.isEmpty()) {
              assertTrue(cell == null, where + " is empty");
            } else if (cell.getCellType() == CellType.NUMERIC) {
              assertEquals(Double.parseDouble(expected), cell.getNumericCellValue(), 1e-12, where);
            } else {
              // The CSV guards a formula-like text with a leading apostrophe; the workbook's text cell needs none.
              String text = expected.startsWith("'") ? expected.substring(1) : expected;
              assertEquals(text, cell.getStringCellValue(), where);
            }
          }
        }
        checked++;
      }
      assertTrue(checked >= 8, "tables checked: " + checked);
    }
  }

  @Test
  void idsAndWordsStayTextAndListsAreLongSheets() throws IOException {
    try (XSSFWorkbook book = book()) {
      Sheet papers = book.getSheet("papers");
      Cell id = papers.getRow(1).getCell(0);
      assertEquals(CellType.STRING, id.getCellType());
      assertEquals("2401.00700", id.getStringCellValue(), "an id keeps its trailing zeros");
      assertEquals("=HYPERLINK(\"x\")", papers.getRow(1).getCell(1).getStringCellValue(), "text, not a formula");
      assertEquals(CellType.NUMERIC, papers.getRow(1).getCell(5).getCellType(), "theme_confidence is a number");
      Sheet themes = book.getSheet("papers.themes");
      List<String> firstPaper = new ArrayList<>();
      for (Row row : themes) {
        if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("2401.00700")) {
          firstPaper.add(row.getCell(2).getStringCellValue());
        }
      }
      assertEquals(List.of(csv("topic-assignments.csv").get(0).get("themes").split("; ")), firstPaper);
    }
  }

  /** A text longer than a cell holds is cut, marked in the cell, and the contents sheet says so (issue 36). */
  @Test
  void aTextLongerThanACellIsCutVisiblyAndCounted(@TempDir Path dir) throws IOException {
    TableSchema schema = TableSchema.of("long.csv", "long", "papers with long titles",
        TableSchema.Column.text("id"), TableSchema.Column.text("title"));
    Workbook book = Workbook.open(dir.resolve(Workbook.FILE));
    try (RowSink rows = book.sheet(schema, 2, false)) {
      rows.row("a", "x".repeat(40_000));
      rows.row("b", "short");
    }
    book.close();
    try (InputStream in = Files.newInputStream(dir.resolve(Workbook.FILE));
        XSSFWorkbook read = new XSSFWorkbook(in)) {
      String cell = read.getSheet("long").getRow(1).getCell(1).getStringCellValue();
      assertEquals(Workbook.MAX_CELL, cell.length());
      assertTrue(cell.endsWith("\u2026"));
      String what = read.getSheet("contents").getRow(1).getCell(3).getStringCellValue();
      assertTrue(what.endsWith("; 1 cell longer than a cell holds (32,767 characters) cut, marked with \u2026: "
          + "long.csv has them whole"), what);
    }
    try (var left = Files.list(dir)) {
      assertEquals(List.of(dir.resolve(Workbook.FILE)), left.toList(), "no temporary rows left");
    }
  }
}
