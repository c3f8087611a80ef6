package dev.landscape.cli.options;

import picocli.CommandLine.Option;

/** {@code --raw-csv}: corpus text into CSV cells as it is, or guarded against spreadsheets running it. */
public final class RawCsvOption {
  @Option(names = "--raw-csv", description = "Write corpus text (titles, ids, theme names) into the CSVs exactly as it "
      + "is. By default a text cell that starts with =, +, -, @, tab or carriage return gets a leading ' so "
      + "spreadsheets show it as text instead of running it as a formula.")
  boolean raw;

  /** Whether text goes into CSV cells as it is. */
  public boolean raw() {
    return raw;
  }
}
