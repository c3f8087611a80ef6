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

  /** For people: "rising", "falling", "steady", and "cannot tell" when the data are too few to say. */
  public String words() {
    return this == TOO_FEW_DATA ? "cannot tell" : key();
  }
}
