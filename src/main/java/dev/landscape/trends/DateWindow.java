package dev.landscape.trends;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The span of dates trends are computed over: the corpus's dates without the few that lie far outside the rest. A
 * 2024 corpus holding one paper dated 2021 and one dated 9999-12-31 (a sentinel for "unknown") must not spread its
 * trends over eight thousand years of empty periods. Far outside means beyond Tukey's outer fences on the month of
 * each paper, widened by a year: more than three interquartile ranges plus twelve months before the first quartile
 * or after the third. Such papers are counted and left out of trends, like undated ones.
 *
 * @param first the first month kept (its first day)
 * @param last the last month kept (its first day)
 * @param outside dated papers left out because they lie outside
 */
public record DateWindow(LocalDate first, LocalDate last, int outside) {
  /** Interquartile ranges beyond the quartiles that still count as the corpus's own span (Tukey's outer fence). */
  static final int FENCE_IQRS = 3;
  /** Months added to each fence, so that a corpus of a few months keeps a neighbouring year's papers. */
  static final int FENCE_MONTHS = 12;

  /** The window of the dated papers of {@code sums} (at least one). */
  static DateWindow of(MonthlySums sums) {
    int[] keys = sums.monthKeys();
    long n = sums.dated();
    int q1 = monthAt(sums, keys, (n - 1) / 4);
    int q3 = monthAt(sums, keys, (3 * (n - 1) + 3) / 4);
    long iqr = (long) q3 - q1;
    long low = q1 - FENCE_IQRS * iqr - FENCE_MONTHS;
    long high = q3 + FENCE_IQRS * iqr + FENCE_MONTHS;
    int from = Arrays.stream(keys).filter(m -> m >= low).min().orElse(q1);
    int to = Arrays.stream(keys).filter(m -> m <= high).max().orElse(q3);
    long outside = Arrays.stream(keys).filter(m -> m < from || m > to).mapToLong(sums::papers).sum();
    return new DateWindow(MonthlySums.start(from), MonthlySums.start(to), Math.toIntExact(outside));
  }

  /** The month of the paper at {@code index} of the papers sorted by month. */
  private static int monthAt(MonthlySums sums, int[] keys, long index) {
    long seen = 0;
    for (int key : keys) {
      seen += sums.papers(key);
      if (index < seen) {
        return key;
      }
    }
    return keys[keys.length - 1];
  }

  /** Whether month {@code key} ({@code year * 12 + month - 1}) is inside the window. */
  boolean contains(int key) {
    return key >= MonthlySums.month(first) && key <= MonthlySums.month(last);
  }
}
