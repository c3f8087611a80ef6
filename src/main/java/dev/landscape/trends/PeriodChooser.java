package dev.landscape.trends;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the period length: the finest of month, quarter and year at which at least three quarters of the periods
 * the corpus spans hold {@link TrendOptions#MIN_PAPERS} papers, and there are at least {@link TrendOptions#MIN_PERIODS}
 * of them; when none qualifies, years (the trends will then say they have too few data).
 */
final class PeriodChooser {
  private PeriodChooser() {}

  static Granularity choose(List<LocalDate> dates) {
    for (Granularity g : Granularity.values()) {
      Map<Integer, Integer> counts = new HashMap<>();
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (LocalDate date : dates) {
        int key = g.keyOf(date);
        counts.merge(key, 1, Integer::sum);
        first = Math.min(first, key);
        last = Math.max(last, key);
      }
      int spanned = last - first + 1;
      long full = counts.values().stream().filter(c -> c >= TrendOptions.MIN_PAPERS).count();
      if (spanned >= TrendOptions.MIN_PERIODS && full * 4 >= spanned * 3L) {
        return g;
      }
    }
    return Granularity.YEAR;
  }
}
