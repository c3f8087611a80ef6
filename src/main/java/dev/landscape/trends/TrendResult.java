package dev.landscape.trends;

import java.time.LocalDate;
import java.util.List;

/**
 * Trends of one run, or why there are none.
 *
 * @param granularity the period length; null when skipped
 * @param periods every period from the first dated paper to the last, empty ones included, in order
 * @param themes one series per theme, in theme order
 * @param topics one series per topic, in topic order
 * @param dated papers with a date, the ones trends are computed on
 * @param undated papers without a usable date, counted and left out
 * @param outside dated papers far outside the corpus's span ({@link DateWindow}), counted and left out
 * @param skipped why there are no trends (no dates, one period), or null when there are
 * @param mix how the corpus's mix of categories shifted, when it did: the themes' verdicts are then judged on
 *     shares adjusted to a fixed mix ({@link MixAdjustment})
 */
public record TrendResult(Granularity granularity, List<Period> periods, List<Series> themes, List<Series> topics,
    Coverage coverage, String skipped, java.util.Optional<MixShift> mix) {
  /**
   * Which papers the trends count.
   *
   * @param dated papers with a date, the ones trends are computed on
   * @param undated papers without a usable date, counted and left out
   * @param outside dated papers far outside the corpus's span ({@link DateWindow}), counted and left out
   */
  public record Coverage(int dated, int undated, int outside) {}

  public TrendResult {
    periods = List.copyOf(periods);
    themes = List.copyOf(themes);
    topics = List.copyOf(topics);
  }

  static TrendResult skipped(int dated, int undated, int outside, String why) {
    return new TrendResult(null, List.of(), List.of(), List.of(), new Coverage(dated, undated, outside), why,
        java.util.Optional.empty());
  }

  /** The same trends with the mix tested: {@code themes} judged as the mix asks. */
  TrendResult withMix(java.util.Optional<MixShift> shift, List<Series> themes) {
    return new TrendResult(granularity, periods, themes, topics, coverage, skipped, shift);
  }

  public int dated() {
    return coverage.dated();
  }

  public int undated() {
    return coverage.undated();
  }

  public int outside() {
    return coverage.outside();
  }

  public boolean available() {
    return skipped == null;
  }

  /**
   * Why no theme's rise or fall can be told, as a clause ("the corpus spans 3 months ..."), when none can; null
   * when some can. Every series is fitted to the same periods, so either all of them can be told or none.
   */
  public String whyNoVerdict() {
    if (!available()) {
      return skipped;
    }
    if (themes.stream().anyMatch(s -> s.fit().verdict() != Verdict.TOO_FEW_DATA)) {
      return null;
    }
    String unit = granularity.key();
    long usable = periods.stream().filter(p -> p.papers() >= TrendOptions.MIN_PAPERS).count();
    if (periods.size() < TrendOptions.MIN_PERIODS) {
      return String.format(java.util.Locale.ROOT, "the corpus spans %d %ss (%s to %s), and a trend needs at least %d "
          + "%ss of %d papers or more", periods.size(), unit, periods.get(0).label(),
          periods.get(periods.size() - 1).label(), TrendOptions.MIN_PERIODS, unit, TrendOptions.MIN_PAPERS);
    }
    return String.format(java.util.Locale.ROOT, "only %d of the %d %ss have %d papers or more, and a trend needs %d "
        + "such %ss", usable, periods.size(), unit, TrendOptions.MIN_PAPERS, TrendOptions.MIN_PERIODS, unit);
  }

  /** A period and how many dated papers fall in it. */
  public record Period(int key, String label, LocalDate start, int papers) {}

  /**
   * A series' share per period with its Wilson interval at {@link TrendOptions#CONFIDENCE}, and its fitted trend.
   *
   * @param papers per period: the series' summed paper weights; for a theme, the papers of the period that
   *     belong to it
   * @param share per period: {@code papers} over the papers of the period (NaN when empty)
   * @param fit the trend as it is judged: of the corpus's own shares, or when the corpus's mix shifted of the shares
   *     adjusted to a fixed mix ({@link MixAdjustment})
   * @param observed the trend of the corpus's own shares, as they are drawn
   */
  public record Series(int id, String name, double[] papers, double[] share, double[] low, double[] high,
      TrendFit fit, TrendFit observed) {
    /** The same series judged by {@code judged} (its observed trend kept). */
    Series judged(TrendFit judged) {
      return new Series(id, name, papers, share, low, high, judged, observed);
    }
  }
}
