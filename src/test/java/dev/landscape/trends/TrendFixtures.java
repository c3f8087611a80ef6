package dev.landscape.trends;

import java.util.List;

/** What the trend tests build their corpora from. */
final class TrendFixtures {
  private TrendFixtures() {}

  /** Per paper, its weight on each of the series: {@code weights.get(d)} for paper {@code d}. */
  static TrendAnalysis.Weights weights(List<double[]> weights, int series) {
    return new TrendAnalysis.Weights() {
      @Override
      public int series() {
        return series;
      }

      @Override
      public void of(int d, double[] out) {
        System.arraycopy(weights.get(d), 0, out, 0, series);
      }
    };
  }
}
