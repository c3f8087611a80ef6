package dev.landscape.trends;

import java.util.Locale;

/** What a trend says, in a word; each agrees with the numbers it rests on (see {@link TrendFit}). */
public enum Verdict {
  /** The line rises significantly and the last year's share is clearly above the first's. */
  RISING,
  /** The line falls significantly and the last year's share is clearly below the first's. */
  FALLING,
  /** No significant slope, and the first and last years' shares within a tenth of each other. */
  STEADY,
  /** The line and the first and last years disagree: a significant slope but little change, or the reverse. */
  UNCLEAR,
  /** It rises or falls in the corpus, but not once the corpus's changing mix of categories is allowed for. */
  MIX,
  /** Too few periods with enough papers to fit a line. */
  TOO_FEW_DATA;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** For people: rising, falling, steady, unclear, "mix shift", and "cannot tell" when the data are too few. */
  public String words() {
    return switch (this) {
      case TOO_FEW_DATA -> "cannot tell";
      case MIX -> "mix shift";
      default -> key();
    };
  }

  /** Whether it says the series rose or fell. */
  public boolean moves() {
    return this == RISING || this == FALLING;
  }
}
