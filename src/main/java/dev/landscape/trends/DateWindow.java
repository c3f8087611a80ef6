package dev.landscape.trends;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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

  /** The window of {@code dates} (none null, at least one). */
  static DateWindow of(List<LocalDate> dates) {
    int[] months = dates.stream().mapToInt(DateWindow::month).sorted().toArray();
    int q1 = months[(months.length - 1) / 4];
    int q3 = months[(3 * (months.length - 1) + 3) / 4];
    long iqr = (long) q3 - q1;
    long low = q1 - FENCE_IQRS * iqr - FENCE_MONTHS;
    long high = q3 + FENCE_IQRS * iqr + FENCE_MONTHS;
    int from = Arrays.stream(months).filter(m -> m >= low).min().orElse(q1);
    int to = Arrays.stream(months).filter(m -> m <= high).max().orElse(q3);
    int outside = (int) Arrays.stream(months).filter(m -> m < from || m > to).count();
    return new DateWindow(start(from), start(to), outside);
  }

  /** Whether {@code date} is inside the window. */
  boolean contains(LocalDate date) {
    int m = month(date);
    return m >= month(first) && m <= month(last);
  }

  private static int month(LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  private static LocalDate start(int month) {
    return LocalDate.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1);
  }
}
