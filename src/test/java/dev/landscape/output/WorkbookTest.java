package dev.landscape.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** landscape.xlsx read back with POI: ids and words as text, numbers as numbers, lists as long sheets. */
class WorkbookTest {
  @TempDir Path dir;

  private XSSFWorkbook written(boolean rawCsv) throws IOException {
    Files.writeString(dir.resolve("topic-assignments.csv"), """
        id,title,date,theme,themes,theme_confidence,topic,tokens
        2401.00700,'=HYPERLINK(1),2024-01,PEFT,PEFT; Alignment,0.9718,3,42
        0704.0001,A title; with a semicolon,2007-04,Alignment,Alignment,0.5,1,7
        """);
    Files.writeString(dir.resolve("vocabulary.csv"), """
        term,display,documents,occurrences,status,forms
        2019,2019,3,4,kept,2019
        the,the,0,246,stopword,the
        """);
    Files.writeString(dir.resolve("themes.csv"), """
        theme,name,kind,top_terms,representative_papers
        0,PEFT,named,lora; adapters,2401.00700; 0704.0001
        1,Alignment,named,,
        """);
    assertEquals(Workbook.FILE, Workbook.write(dir, dir, rawCsv));
    try (InputStream in = Files.newInputStream(dir.resolve(Workbook.FILE))) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void idsAndWordsAreTextAndNumbersAreNumbers() throws IOException {
    try (XSSFWorkbook book = written(false)) {
      Sheet papers = book.getSheet("papers");
      assertEquals(CellType.STRING, papers.getRow(1).getCell(0).getCellType());
      assertEquals("2401.00700", papers.getRow(1).getCell(0).getStringCellValue());
      assertEquals("0704.0001", papers.getRow(2).getCell(0).getStringCellValue());
      assertEquals("2024-01", papers.getRow(1).getCell(2).getStringCellValue());
      assertEquals(CellType.NUMERIC, papers.getRow(1).getCell(5).getCellType());
      assertEquals(0.9718, papers.getRow(1).getCell(5).getNumericCellValue());
      assertEquals(42.0, papers.getRow(1).getCell(7).getNumericCellValue());
      // The CSV's spreadsheet guard is taken off: a workbook cell of text is never run as a formula.
      assertEquals(CellType.STRING, papers.getRow(1).getCell(1).getCellType());
      assertEquals("=HYPERLINK(1)", papers.getRow(1).getCell(1).getStringCellValue());
      // A title with the list separator is one cell, not a list.
      assertEquals("A title; with a semicolon", papers.getRow(2).getCell(1).getStringCellValue());

      Sheet vocabulary = book.getSheet("vocabulary");
      assertEquals(CellType.STRING, vocabulary.getRow(1).getCell(0).getCellType());
      assertEquals("2019", vocabulary.getRow(1).getCell(0).getStringCellValue());
      assertEquals(0.0, vocabulary.getRow(2).getCell(2).getNumericCellValue());

      // Memberships as a long sheet: one row per paper and theme, ranked, ids as text.
      Sheet memberships = book.getSheet("papers.themes");
      assertEquals(3, memberships.getLastRowNum());
      assertEquals("2401.00700", memberships.getRow(2).getCell(0).getStringCellValue());
      assertEquals(2.0, memberships.getRow(2).getCell(1).getNumericCellValue());
      assertEquals("Alignment", memberships.getRow(2).getCell(2).getStringCellValue());
      Sheet representatives = book.getSheet("themes.representative-papers");
      assertEquals(0.0, representatives.getRow(1).getCell(0).getNumericCellValue());
      assertEquals("0704.0001", representatives.getRow(2).getCell(2).getStringCellValue());
      assertEquals(2, book.getSheet("themes.top-terms").getLastRowNum());
      // Empty cells stay empty; tables the run did not write have no sheet.
      assertNull(book.getSheet("themes").getRow(2).getCell(3));
      assertNull(book.getSheet("trends"));
      Sheet contents = book.getSheet("contents");
      assertEquals("themes", contents.getRow(1).getCell(0).getStringCellValue());
      assertEquals(2.0, contents.getRow(1).getCell(2).getNumericCellValue());
    }
  }

  @Test
  void rawTextKeepsItsOwnApostrophe() throws IOException {
    try (XSSFWorkbook book = written(true)) {
      assertEquals("'=HYPERLINK(1)", book.getSheet("papers").getRow(1).getCell(1).getStringCellValue());
    }
  }
}
