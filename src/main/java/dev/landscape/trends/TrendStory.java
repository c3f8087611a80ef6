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
  /**
   * Fewest papers a theme needs, over the dated span, to be named in the sentence: a theme of 41 papers moving from
   * 0.4% to 0.2% is a handful of papers, not a trend to put on a slide. Its own trend is still in the tables.
   */
  public static final int MIN_HEADLINE_PAPERS = 100;

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
    String mix = trends.mix().map(m -> " " + mixSentence(m)).orElse("");
    List<String> rising = movers(trends, Verdict.RISING);
    List<String> falling = movers(trends, Verdict.FALLING);
    if (rising.isEmpty() && falling.isEmpty()) {
      return "No theme rose or fell clearly over the period." + mix;
    }
    return (rising.isEmpty() ? "No theme rose clearly" : "Rising: " + String.join("; ", rising))
        + (falling.isEmpty() ? "; none fell clearly." : ". Falling: " + String.join("; ", falling) + ".") + mix;
  }

  /** What the mix's shift means for the trends, in one sentence. */
  public static String mixSentence(MixShift mix) {
    return "The corpus's own mix changed: " + mix.describe() + "; so each theme is judged on its share within each "
        + "category, the categories weighted as over the whole span, and a rise or fall that this mix explains is "
        + "called a mix shift, not a trend.";
  }

  /**
   * A theme's trend in words that agree with its numbers: "rising, from 4.1% to 6.3% (slope +1.1 points a year, p =
   * 0.003)"; with {@code adjusted}, the slope and p-value are of the shares at a fixed mix, and a mix shift says
   * what moved in the corpus. Empty when the data cannot tell.
   */
  public static String detail(TrendResult.Series series, boolean adjusted) {
    TrendFit fit = series.fit();
    if (fit.verdict() == Verdict.TOO_FEW_DATA) {
      return "";
    }
    TrendFit seen = series.observed();
    String line = String.format(Locale.ROOT, "slope %+.1f points a year, p = %.2g", 100 * fit.slopePerYear(),
        fit.pValue());
    String words = switch (fit.verdict()) {
      case UNCLEAR -> "unclear: " + (fit.pValue() < TrendOptions.ALPHA ? "a significant slope but a small change"
          : "a change the line does not bear out");
      case MIX -> "mix shift: " + seen.verdict().words() + " in the corpus, not within its categories";
      default -> fit.verdict().words();
    };
    return String.format(Locale.ROOT, "%s, from %s to %s (%s%s)", words, percent(seen.firstShare()),
        percent(seen.lastShare()), adjusted ? "at a fixed mix: " : "", line);
  }

  /**
   * The themes with {@code verdict}, the largest change first, each with its first and last share: the first
   * {@link #NAMED}, then how many more.
   */
  private static List<String> movers(TrendResult trends, Verdict verdict) {
    List<String> all = trends.themes().stream().filter(s -> s.fit().verdict() == verdict)
        .filter(s -> java.util.Arrays.stream(s.papers()).sum() >= MIN_HEADLINE_PAPERS)
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
