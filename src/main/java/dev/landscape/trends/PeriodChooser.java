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
    MonthlySums sums = new MonthlySums(0, 0);
    dates.forEach(date -> sums.add(date, null, null));
    return choose(sums, sums.monthKeys());
  }

  /** The period length for the papers of {@code sums} in the months {@code keys} (at least one). */
  static Granularity choose(MonthlySums sums, int[] keys) {
    for (Granularity g : Granularity.values()) {
      Coverage c = coverage(sums, keys, g);
      if (c.spanned() >= TrendOptions.MIN_PERIODS && c.full() * 4 >= c.spanned() * 3L) {
        return g;
      }
    }
    for (Granularity g : Granularity.values()) {
      if (coverage(sums, keys, g).full() >= 2) {
        return g;
      }
    }
    return Granularity.YEAR;
  }

  /** Periods spanned from the first dated paper to the last, and how many of them hold enough papers. */
  private record Coverage(int spanned, long full) {}

  private static Coverage coverage(MonthlySums sums, int[] keys, Granularity g) {
    Map<Integer, Long> counts = new HashMap<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (int month : keys) {
      int key = g.keyOf(MonthlySums.start(month));
      counts.merge(key, sums.papers(month), Long::sum);
      first = Math.min(first, key);
      last = Math.max(last, key);
    }
    long full = counts.values().stream().filter(c -> c >= TrendOptions.MIN_PAPERS).count();
    return new Coverage(last - first + 1, full);
  }
}
