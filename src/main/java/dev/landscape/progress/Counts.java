package dev.landscape.progress;

import java.util.Locale;

/** Counts as the console writes them: grouped digits and the noun in its right number ("1 paper", "5,000 papers"). */
public final class Counts {
  private Counts() {}

  /** {@code n} and {@code singular}, with an s when {@code n} is not 1. */
  public static String of(long n, String singular) {
    return of(n, singular, singular + "s");
  }

  /** {@code n} and the noun in its number, for nouns whose plural is not an added s. */
  public static String of(long n, String singular, String plural) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
  }
}
