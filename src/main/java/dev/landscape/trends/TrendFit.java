package dev.landscape.trends;

import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The trend of one series (a theme or topic): an ordinary least-squares line of its share against time over the
 * periods with enough papers, and the change between the first and the last year.
 *
 * @param slopePerYear change of the share per year (0.02: two points of the corpus more each year); NaN when too
 *     few periods
 * @param pValue the two-sided p-value of the slope (Commons Math's t test); NaN when too few periods
 * @param firstShare the share over the first year of the span (the first half when it is shorter than two years)
 * @param lastShare the share over the last year (or half)
 * @param periodsUsed periods with at least {@link TrendOptions#MIN_PAPERS} papers, the ones the line is fitted to
 * @param verdict rising or falling when the slope is significant at {@link TrendOptions#ALPHA} and the share changed
 *     by at least {@link TrendOptions#MIN_RELATIVE_CHANGE} of itself in the slope's direction; steady when neither
 *     the slope is significant nor the share changed that much; unclear when one says it moved and the other not (a
 *     "steady" with p = 0.02 would contradict its own p-value); too few data below {@link TrendOptions#MIN_PERIODS}
 *     usable periods
 */
public record TrendFit(double slopePerYear, double pValue, double firstShare, double lastShare, int periodsUsed,
    Verdict verdict) {

  /** The change of share from the first to the last year (or half). */
  public double change() {
    return lastShare - firstShare;
  }

  /**
   * Fits {@code shares} (one per period, {@code periods} in order).
   *
   * @param sums summed paper weights per period
   */
  static TrendFit of(Granularity granularity, List<TrendResult.Period> periods, double[] sums) {
    SimpleRegression line = new SimpleRegression();
    for (int p = 0; p < periods.size(); p++) {
      TrendResult.Period period = periods.get(p);
      if (period.papers() >= TrendOptions.MIN_PAPERS) {
        line.addData(granularity.midpoint(period.key()), sums[p] / period.papers());
      }
    }
    int used = (int) line.getN();
    int window = window(granularity, periods.size());
    double first = windowShare(periods, sums, 0, window);
    double last = windowShare(periods, sums, periods.size() - window, periods.size());
    if (used < TrendOptions.MIN_PERIODS) {
      return new TrendFit(Double.NaN, Double.NaN, first, last, used, Verdict.TOO_FEW_DATA);
    }
    double slope = line.getSlope();
    double p = line.getSignificance();
    return new TrendFit(slope, p, first, last, used, verdict(slope, p, first, last));
  }

  /** The verdict of a line of {@code slope} and {@code p}-value and first and last shares. */
  static Verdict verdict(double slope, double p, double first, double last) {
    double base = Math.max(first, last);
    boolean moved = base > 0 && Math.abs(last - first) >= TrendOptions.MIN_RELATIVE_CHANGE * base;
    boolean significant = p < TrendOptions.ALPHA;
    if (!significant && !moved) {
      return Verdict.STEADY;
    }
    if (significant && moved && slope > 0 && last > first) {
      return Verdict.RISING;
    }
    if (significant && moved && slope < 0 && last < first) {
      return Verdict.FALLING;
    }
    return Verdict.UNCLEAR;
  }

  /** Periods averaged for the first and last share: a year's worth, or half the span when it is shorter. */
  private static int window(Granularity granularity, int periods) {
    return Math.max(1, Math.min(granularity.perYear(), periods / 2));
  }

  /** Whether the first and last shares of a span of {@code periods} are whole years (else halves of the span). */
  public static boolean comparesYears(Granularity granularity, int periods) {
    return window(granularity, periods) == granularity.perYear();
  }

  private static double windowShare(List<TrendResult.Period> periods, double[] sums, int from, int to) {
    double weight = 0;
    long papers = 0;
    for (int p = from; p < to; p++) {
      weight += sums[p];
      papers += periods.get(p).papers();
    }
    return papers == 0 ? 0 : weight / papers;
  }
}
