package dev.landscape.output.report;

import java.util.Locale;

/** Numbers as the report prints them. */
final class ShareFormat {
  private ShareFormat() {}

  /** 12.3% (one decimal, so that it matches the CSV's four-decimal share when rounded). */
  static String percent(double share) {
    return Double.isNaN(share) ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  static String number(double value, int decimals) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
