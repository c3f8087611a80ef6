package dev.landscape.output;

import java.util.Locale;

/** How values are written into CSV cells: numbers in a fixed, locale-free form; corpus text made safe. */
final class CsvCells {
  private CsvCells() {}

  /** A number with {@code decimals} digits after the point, whatever the machine's locale. */
  static String number(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /**
   * Corpus text for a cell that people open in spreadsheets: a cell that begins with {@code = + - @}, tab or
   * carriage return would be read as a formula (CSV injection), so it gets a leading apostrophe, which
   * spreadsheets show as text and hide.
   */
  static String text(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return formula ? "'" + value : value;
  }
}
