package dev.landscape.trends;

import java.time.LocalDate;
import java.util.Locale;

/** The length of a trend period. A period is numbered from year 0, so consecutive periods have consecutive keys. */
public enum Granularity {
  MONTH(12),
  QUARTER(4),
  YEAR(1);

  private final int perYear;

  Granularity(int perYear) {
    this.perYear = perYear;
  }

  /** Periods in a year. */
  public int perYear() {
    return perYear;
  }

  /** The next longer period, or null for years. */
  public Granularity coarser() {
    return this == YEAR ? null : values()[ordinal() + 1];
  }

  /** The key of the period that holds {@code date}. */
  public int keyOf(LocalDate date) {
    int month = date.getMonthValue() - 1;
    return date.getYear() * perYear + month * perYear / 12;
  }

  /** How people write the period: {@code 2024-03}, {@code 2024-Q1}, {@code 2024}. */
  public String label(int key) {
    int year = Math.floorDiv(key, perYear);
    int index = Math.floorMod(key, perYear);
    return switch (this) {
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, index + 1);
      case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", year, index + 1);
      case YEAR -> String.format(Locale.ROOT, "%04d", year);
    };
  }

  /** The first day of the period. */
  public LocalDate start(int key) {
    return LocalDate.of(Math.floorDiv(key, perYear), Math.floorMod(key, perYear) * 12 / perYear + 1, 1);
  }

  /** The middle of the period in years (2024.0417 for January 2024), the x of trend regressions. */
  public double midpoint(int key) {
    return (key + 0.5) / perYear;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
