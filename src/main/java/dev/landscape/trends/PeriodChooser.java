package dev.landscape.trends;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the period length: the finest of month, quarter and year at which at least three quarters of the periods
 * the corpus spans hold {@link TrendOptions#MIN_PAPERS} papers, and there are at least {@link TrendOptions#MIN_PERIODS}
 * of them. When none qualifies, the finest at which two periods hold that many papers: a corpus of two months (a
 * recent arXiv listing) can still compare one month's shares with the next, though its slopes will say they have
 * too few data. Else years.
 */
final class PeriodChooser {
  private PeriodChooser() {}

  static Granularity choose(List<LocalDate> dates) {
    for (Granularity g : Granularity.values()) {
      Coverage c = coverage(dates, g);
      if (c.spanned() >= TrendOptions.MIN_PERIODS && c.full() * 4 >= c.spanned() * 3L) {
        return g;
      }
    }
    for (Granularity g : Granularity.values()) {
      if (coverage(dates, g).full() >= 2) {
        return g;
      }
    }
    return Granularity.YEAR;
  }

  /** Periods spanned from the first dated paper to the last, and how many of them hold enough papers. */
  private record Coverage(int spanned, long full) {}

  private static Coverage coverage(List<LocalDate> dates, Granularity g) {
    Map<Integer, Integer> counts = new HashMap<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (LocalDate date : dates) {
      int key = g.keyOf(date);
      counts.merge(key, 1, Integer::sum);
      first = Math.min(first, key);
      last = Math.max(last, key);
    }
    long full = counts.values().stream().filter(c -> c >= TrendOptions.MIN_PAPERS).count();
    return new Coverage(last - first + 1, full);
  }
}
