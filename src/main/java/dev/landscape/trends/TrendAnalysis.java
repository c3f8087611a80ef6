package dev.landscape.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How themes and topics grow or fade: papers are put into periods by date, each series' share of a period is its
 * summed paper weights over the period's papers, with a Wilson score interval (the weights are fractions, so the
 * count of successes is fractional too), and each series gets a fitted trend ({@link TrendFit}).
 */
public final class TrendAnalysis {
  private TrendAnalysis() {}

  /** Per-paper weights on a set of series, for example the themes: {@code out[s]} for paper {@code d}. */
  public interface Weights {
    int series();

    void of(int d, double[] out);
  }

  /**
   * @param dates each paper's date, null when it has none
   * @param themes the papers' theme weights, with {@code themeNames}
   * @param topics the papers' topic weights, with {@code topicNames}
   */
  public static TrendResult analyse(List<LocalDate> dates, Weights themes, List<String> themeNames, Weights topics,
      List<String> topicNames, TrendOptions options) {
    MonthlySums sums = new MonthlySums(themes.series(), topics.series());
    double[] themeWeights = new double[themes.series()];
    double[] topicWeights = new double[topics.series()];
    for (int d = 0; d < dates.size(); d++) {
      Arrays.fill(themeWeights, 0);
      Arrays.fill(topicWeights, 0);
      themes.of(d, themeWeights);
      topics.of(d, topicWeights);
      sums.add(dates.get(d), themeWeights, topicWeights);
    }
    return analyse(sums, themeNames, topicNames, options);
  }

  /**
   * The trends of papers summed per month: what {@code landscape aggregate} and the Spark job compute them from,
   * and what {@link #analyse(List, Weights, List, Weights, List, TrendOptions)} sums its papers into first.
   */
  public static TrendResult analyse(MonthlySums sums, List<String> themeNames, List<String> topicNames,
      TrendOptions options) {
    int undated = Math.toIntExact(sums.undated());
    if (sums.dated() == 0) {
      return TrendResult.skipped(0, undated, 0, "no paper has a usable date");
    }
    DateWindow window = DateWindow.of(sums);
    int[] known = Arrays.stream(sums.monthKeys()).filter(window::contains).toArray();
    int knownPapers = Math.toIntExact(Arrays.stream(known).mapToLong(sums::papers).sum());
    int outside = window.outside();
    Granularity g = options.granularity() != null ? options.granularity() : PeriodChooser.choose(sums, known);
    Granularity chosen = g;
    int first = Arrays.stream(known).map(m -> chosen.keyOf(MonthlySums.start(m))).min().orElseThrow();
    int last = Arrays.stream(known).map(m -> chosen.keyOf(MonthlySums.start(m))).max().orElseThrow();
    if (first == last) {
      return TrendResult.skipped(knownPapers, undated, outside, "every dated paper falls in one " + g.key() + " ("
          + g.label(first) + "), so nothing can be said about change over time");
    }
    if (options.granularity() == null) {
      while (last - first + 1 > TrendOptions.MAX_PERIODS && g.coarser() != null) {
        g = g.coarser();
        first = g.keyOf(window.first());
        last = g.keyOf(window.last());
      }
    }
    int n = last - first + 1;
    if (n > TrendOptions.MAX_PERIODS) {
      return TrendResult.skipped(knownPapers, undated, outside, String.format(java.util.Locale.ROOT,
          "the dates span %,d %ss (%s to %s), more than the %,d periods trends are drawn over", n, g.key(),
          g.label(first), g.label(last), TrendOptions.MAX_PERIODS));
    }
    int[] papers = new int[n];
    double[][] themeSums = new double[n][sums.themes()];
    double[][] topicSums = new double[n][sums.topics()];
    for (int month : known) {
      int p = g.keyOf(MonthlySums.start(month)) - first;
      papers[p] += Math.toIntExact(sums.papers(month));
      sums.addThemes(month, themeSums[p]);
      sums.addTopics(month, topicSums[p]);
    }
    if (sums.topicUnit() != 1) {
      for (double[] period : topicSums) {
        for (int k = 0; k < period.length; k++) {
          period[k] *= sums.topicUnit();
        }
      }
    }
    List<TrendResult.Period> periods = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      periods.add(new TrendResult.Period(first + p, g.label(first + p), g.start(first + p), papers[p]));
    }
    return new TrendResult(g, periods, series(g, periods, themeSums, themeNames),
        series(g, periods, topicSums, topicNames), new TrendResult.Coverage(knownPapers, undated, outside), null,
        java.util.Optional.empty());
  }

  private static List<TrendResult.Series> series(Granularity g, List<TrendResult.Period> periods, double[][] sums,
      List<String> names) {
    double z = new NormalDistribution().inverseCumulativeProbability(0.5 + TrendOptions.CONFIDENCE / 2);
    List<TrendResult.Series> list = new ArrayList<>();
    for (int s = 0; s < names.size(); s++) {
      double[] column = new double[periods.size()];
      double[] share = new double[periods.size()];
      double[] low = new double[periods.size()];
      double[] high = new double[periods.size()];
      for (int p = 0; p < periods.size(); p++) {
        column[p] = sums[p][s];
        int count = periods.get(p).papers();
        if (count == 0) {
          share[p] = low[p] = high[p] = Double.NaN;
          continue;
        }
        share[p] = Math.min(1, column[p] / count);
        double[] interval = wilson(share[p], count, z);
        low[p] = interval[0];
        high[p] = interval[1];
      }
      TrendFit fit = TrendFit.of(g, periods, column);
      list.add(new TrendResult.Series(s, names.get(s), column, share, low, high, fit, fit));
    }
    return list;
  }

  /** The Wilson score interval of a proportion {@code p} observed over {@code n} trials. */
  static double[] wilson(double p, int n, double z) {
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }
}
