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
 */
public record TrendResult(Granularity granularity, List<Period> periods, List<Series> themes, List<Series> topics,
    int dated, int undated, int outside, String skipped) {
  public TrendResult {
    periods = List.copyOf(periods);
    themes = List.copyOf(themes);
    topics = List.copyOf(topics);
  }

  static TrendResult skipped(int dated, int undated, int outside, String why) {
    return new TrendResult(null, List.of(), List.of(), List.of(), dated, undated, outside, why);
  }

  public boolean available() {
    return skipped == null;
  }

  /** A period and how many dated papers fall in it. */
  public record Period(int key, String label, LocalDate start, int papers) {}

  /**
   * A series' share per period with its Wilson interval at {@link TrendOptions#CONFIDENCE}, and its fitted trend.
   *
   * @param share per period: the series' summed paper weights over the papers of the period (NaN when empty)
   */
  public record Series(int id, String name, double[] share, double[] low, double[] high, TrendFit fit) {}
}
