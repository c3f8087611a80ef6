package dev.landscape.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
    "+1 attack|'+1 attack",
    "-cmd|'-cmd",
    "@SUM(A1)|'@SUM(A1)",
    "Attention is all you need|Attention is all you need",
    "a=b|a=b"
  })
  void neutralisesFormulaCells(String in, String expected) {
    assertEquals(expected, CsvCells.SAFE.text(in));
    assertEquals(in, CsvCells.RAW.text(in), "--raw-csv leaves text as it is");
  }

  @Test
  void tabAndCarriageReturnStartsAreNeutralisedToo() {
    assertEquals("'\tcmd", CsvCells.SAFE.text("\tcmd"));
    assertEquals("'\rcmd", CsvCells.SAFE.text("\rcmd"));
    assertEquals("'\t=1+1", CsvCells.SAFE.text("\t=1+1"));
    assertEquals("'\r\n=1+1", CsvCells.SAFE.text("\r\n=1+1"));
    assertEquals("'\n=1+1", CsvCells.SAFE.text("\n=1+1"));
  }

  /** Spreadsheets that trim cells would read " =1+1" as a formula; a space inside text is no formula. */
  @Test
  void spacesBeforeAFormulaAreNeutralisedToo() {
    assertEquals("'  =1+1", CsvCells.SAFE.text("  =1+1"));
    assertEquals("' @SUM(A1)", CsvCells.SAFE.text(" @SUM(A1)"));
    assertEquals("  plain", CsvCells.SAFE.text("  plain"));
    assertEquals(null, CsvCells.SAFE.text(null), "an empty cell stays empty");
  }

  @ParameterizedTest
  @CsvSource({"0.123456, 5, 0.12346", "0.5, 4, 0.5000", "1, 5, 1.00000", "0.999996, 5, 1.00000",
      "-0.25, 2, -0.25", "-0.000001, 3, 0.000", "12345.678, 1, 12345.7", "0.00001, 5, 0.00001"})
  void numbersHaveFixedDecimals(double value, int decimals, String expected) {
    assertEquals(expected, CsvCells.number(value, decimals));
  }

  @Test
  void numbersIgnoreTheMachineLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("0.12346", CsvCells.number(0.123456, 5));
    } finally {
      Locale.setDefault(before);
    }
  }
}
