package dev.landscape.output;

import java.util.Locale;

/**
 * How values are written into CSV cells: numbers in a fixed, locale-free form; corpus text made safe for
 * spreadsheets ({@link #SAFE}, the default) or left as it is ({@link #RAW}, {@code --raw-csv}, for pipelines).
 */
public final class CsvCells {
  /** Text that would start a formula gets a leading apostrophe. */
  public static final CsvCells SAFE = new CsvCells(false);
  /** Text is written exactly as the corpus has it. */
  public static final CsvCells RAW = new CsvCells(true);

  private final boolean raw;

  private CsvCells(boolean raw) {
    this.raw = raw;
  }

  public static CsvCells of(boolean raw) {
    return raw ? RAW : SAFE;
  }

  /** The one CSV format every table is written in: RFC 4180 quoting, {@code \n} line ends, this header. */
  public static org.apache.commons.csv.CSVFormat format(java.util.List<String> header) {
    return org.apache.commons.csv.CSVFormat.RFC4180.builder().setRecordSeparator("\n")
        .setHeader(header.toArray(String[]::new)).get();
  }

  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

  /**
   * A number with {@code decimals} digits after the point, whatever the machine's locale. Written by hand because
   * {@code String.format} dominated the time to write a 78,000 x 50 doc-topics table; the result is the same
   * except where a value lies within rounding error of a half, where it rounds half up on the scaled double.
   */
  public static String number(double value, int decimals) {
    if (decimals < 1 || decimals >= POWERS.length || !Double.isFinite(value) || Math.abs(value) >= 1e9) {
      return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
    long scaled = Math.round(Math.abs(value) * POWERS[decimals]);
    StringBuilder sb = new StringBuilder(decimals + 4);
    if (value < 0 && scaled != 0) {
      sb.append('-');
    }
    sb.append(scaled / POWERS[decimals]).append('.');
    String fraction = Long.toString(scaled % POWERS[decimals]);
    for (int i = fraction.length(); i < decimals; i++) {
      sb.append('0');
    }
    return sb.append(fraction).toString();
  }

  /**
   * Corpus text for a cell that people open in spreadsheets: a cell that begins with {@code = + - @}, tab or
   * a line break, or with white space before one of those (spreadsheets that trim cells read " =1+1" as a formula),
   * could be read as a formula (CSV injection), so it gets a leading apostrophe, which spreadsheets show as text and
   * hide. Unchanged in {@link #RAW} mode; null stays null (an empty cell).
   */
  public String text(String value) {
    if (raw || value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    if (first == '\t' || first == '\r' || first == '\n') {
      return "'" + value;
    }
    int i = 0;
    while (i < value.length() && value.charAt(i) == ' ') {
      i++;
    }
    char c = i < value.length() ? value.charAt(i) : ' ';
    boolean formula = c == '=' || c == '+' || c == '-' || c == '@';
    return formula ? "'" + value : value;
  }
}
