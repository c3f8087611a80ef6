package dev.landscape.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * Tests whether the corpus's mix of categories (each paper's first, arXiv's primary) shifts over the periods, and when
 * it does ({@link MixShift#ALPHA}, {@link MixShift#MIN_CHANGE}) judges each theme's trend on its share adjusted to a
 * fixed mix: in each period, the theme's share within each category, weighted by that category's share of the whole
 * span (direct standardisation). A theme that rises only because a category of many of its papers grew is flat
 * within each category, so its adjusted line is flat: its verdict becomes {@link Verdict#MIX}, not a trend. A theme
 * that rises within its categories keeps its verdict. The shares shown stay the corpus's own.
 */
public final class MixAdjustment {
  private MixAdjustment() {}

  /**
   * {@code trends} with the mix tested and, when it shifted, the themes' verdicts judged on adjusted shares.
   *
   * @param dates each paper's date (null when none), as the trends were computed from
   * @param categories each paper's categories, the first its primary
   * @param themes each paper's theme weights, as the trends were computed from
   */
  public static TrendResult apply(TrendResult trends, List<LocalDate> dates, List<List<String>> categories,
      TrendAnalysis.Weights themes) {
    if (!trends.available() || categories.stream().allMatch(List::isEmpty)) {
      return trends;
    }
    Granularity g = trends.granularity();
    int first = trends.periods().get(0).key();
    int n = trends.periods().size();
    // Papers per period and category, and per theme too.
    Map<String, Long> total = new HashMap<>();
    int[] period = new int[dates.size()];
    for (int d = 0; d < dates.size(); d++) {
      period[d] = dates.get(d) == null ? -1 : g.keyOf(dates.get(d)) - first;
      if (period[d] < 0 || period[d] >= n) {
        period[d] = -1;
        continue;
      }
      total.merge(primary(categories.get(d)), 1L, Long::sum);
    }
    long dated = total.values().stream().mapToLong(Long::longValue).sum();
    List<String> kept = total.entrySet().stream().filter(e -> e.getValue() >= MixShift.MIN_CATEGORY_SHARE * dated)
        .map(Map.Entry::getKey).sorted().toList();
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < kept.size(); c++) {
      index.put(kept.get(c), c);
    }
    int groups = kept.size() + 1; // the last: every small category pooled
    long[][] papers = new long[n][groups];
    double[][][] members = new double[themes.series()][n][groups];
    double[] weights = new double[themes.series()];
    for (int d = 0; d < dates.size(); d++) {
      if (period[d] < 0) {
        continue;
      }
      int c = index.getOrDefault(primary(categories.get(d)), groups - 1);
      papers[period[d]][c]++;
      java.util.Arrays.fill(weights, 0);
      themes.of(d, weights);
      for (int t = 0; t < weights.length; t++) {
        members[t][period[d]][c] += weights[t];
      }
    }
    Optional<MixShift> shift = shift(trends, papers, kept);
    if (shift.isEmpty()) {
      return trends.withMix(Optional.empty(), trends.themes());
    }
    double[] mix = new double[groups];
    for (long[] row : papers) {
      for (int c = 0; c < groups; c++) {
        mix[c] += row[c] / (double) dated;
      }
    }
    List<TrendResult.Series> adjusted = new ArrayList<>();
    for (TrendResult.Series s : trends.themes()) {
      double[] sums = new double[n];
      for (int p = 0; p < n; p++) {
        double share = 0;
        double weight = 0;
        for (int c = 0; c < groups; c++) {
          if (papers[p][c] > 0) {
            share += mix[c] * members[s.id()][p][c] / papers[p][c];
            weight += mix[c];
          }
        }
        sums[p] = weight == 0 ? 0 : share / weight * trends.periods().get(p).papers();
      }
      TrendFit within = TrendFit.of(g, trends.periods(), sums);
      Verdict verdict = s.fit().verdict().moves() && within.verdict() != s.fit().verdict() ? Verdict.MIX
          : within.verdict();
      adjusted.add(s.judged(new TrendFit(within.slopePerYear(), within.pValue(), within.firstShare(),
          within.lastShare(), within.periodsUsed(), verdict)));
    }
    return trends.withMix(shift, adjusted);
  }

  /** The chi-square test of category against period, over periods with enough papers, and the largest mover. */
  private static Optional<MixShift> shift(TrendResult trends, long[][] papers, List<String> kept) {
    List<long[]> rows = new ArrayList<>();
    for (int p = 0; p < papers.length; p++) {
      if (trends.periods().get(p).papers() >= TrendOptions.MIN_PAPERS) {
        rows.add(papers[p]);
      }
    }
    int groups = papers.length == 0 ? 0 : papers[0].length;
    // A column of zeros (a pooled group no paper is in) has no expected counts: leave it out.
    List<Integer> columns = new ArrayList<>();
    for (int c = 0; c < groups; c++) {
      int column = c;
      if (rows.stream().anyMatch(r -> r[column] > 0)) {
        columns.add(c);
      }
    }
    if (rows.size() < 2 || columns.size() < 2) {
      return Optional.empty();
    }
    long[][] table = new long[rows.size()][columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        table[r][c] = rows.get(r)[columns.get(c)];
      }
    }
    double p = new ChiSquareTest().chiSquareTest(table);
    int window = Math.max(1, Math.min(trends.granularity().perYear(), papers.length / 2));
    double[] firstShares = shares(papers, 0, window);
    double[] lastShares = shares(papers, papers.length - window, papers.length);
    int mover = 0;
    for (int c = 1; c < groups; c++) {
      if (Math.abs(lastShares[c] - firstShares[c]) > Math.abs(lastShares[mover] - firstShares[mover])) {
        mover = c;
      }
    }
    double change = Math.abs(lastShares[mover] - firstShares[mover]);
    if (!(p < MixShift.ALPHA) || change < MixShift.MIN_CHANGE) {
      return Optional.empty();
    }
    String name = mover < kept.size() ? kept.get(mover) : "smaller categories together";
    return Optional.of(new MixShift(p, name, firstShares[mover], lastShares[mover], kept.size()));
  }

  private static double[] shares(long[][] papers, int from, int to) {
    double[] shares = new double[papers[0].length];
    long all = 0;
    for (int p = from; p < to; p++) {
      for (int c = 0; c < shares.length; c++) {
        shares[c] += papers[p][c];
        all += papers[p][c];
      }
    }
    for (int c = 0; c < shares.length; c++) {
      shares[c] = all == 0 ? 0 : shares[c] / all;
    }
    return shares;
  }

  private static String primary(List<String> categories) {
    return categories.isEmpty() ? "(none)" : categories.get(0);
  }
}
