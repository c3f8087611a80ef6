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
    assertEquals(expected, CsvCells.text(in));
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
