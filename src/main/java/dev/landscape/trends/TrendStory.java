package dev.landscape.trends;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one sentence the summary says about trends, derived from the verdicts it reports: which themes rose or fell
 * (with their first and last shares), that none did, or that the data cannot tell and why.
 */
public final class TrendStory {
  /** Risers (and fallers) the sentence names; the rest are counted ("and 9 more"), the Trends section has them all. */
  static final int NAMED = 3;

  private TrendStory() {}

  /** The sentence for {@code trends}. */
  public static String finding(TrendResult trends) {
    if (!trends.available()) {
      return "No trends: " + trends.skipped() + ".";
    }
    String why = trends.whyNoVerdict();
    if (why != null) {
      return "Cannot tell which themes rise or fall: " + why + ".";
    }
    List<String> rising = movers(trends, Verdict.RISING);
    List<String> falling = movers(trends, Verdict.FALLING);
    if (rising.isEmpty() && falling.isEmpty()) {
      return "No theme rose or fell clearly over the period.";
    }
    return (rising.isEmpty() ? "No theme rose clearly" : "Rising: " + String.join("; ", rising))
        + (falling.isEmpty() ? "; none fell clearly." : ". Falling: " + String.join("; ", falling) + ".");
  }

  /**
   * The themes with {@code verdict}, the largest change first, each with its first and last share: the first
   * {@link #NAMED}, then how many more.
   */
  private static List<String> movers(TrendResult trends, Verdict verdict) {
    List<String> all = trends.themes().stream().filter(s -> s.fit().verdict() == verdict)
        .sorted(Comparator.comparingDouble((TrendResult.Series s) -> -Math.abs(s.fit().change()))
            .thenComparingInt(TrendResult.Series::id))
        .map(s -> s.name() + " (" + percent(s.fit().firstShare()) + " to " + percent(s.fit().lastShare()) + ")")
        .toList();
    if (all.size() <= NAMED + 1) {
      return all;
    }
    List<String> named = new java.util.ArrayList<>(all.subList(0, NAMED));
    named.add(String.format(Locale.ROOT, "and %d more", all.size() - NAMED));
    return named;
  }

  /** 12.3%, as the report's tables print shares. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
