package dev.landscape.trends;

import java.util.Locale;

/** What a trend says, in a word. */
public enum Verdict {
  RISING,
  FALLING,
  STEADY,
  TOO_FEW_DATA;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** For people: "too few data" rather than "too_few_data". */
  public String words() {
    return key().replace('_', ' ');
  }
}
