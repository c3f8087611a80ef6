package dev.landscape.sample;

/** Splits a sample across strata in proportion to their sizes. */
public final class Quotas {
  private Quotas() {}

  /**
   * Hamilton's largest-remainder method: each stratum gets the whole part of its proportional share, and the papers
   * left over go to the largest remainders (ties: the stratum listed first). The quotas add up to {@code total}
   * (at most the sum of the sizes) and none exceeds its stratum.
   */
  public static long[] largestRemainder(long[] sizes, long total) {
    long all = java.util.Arrays.stream(sizes).sum();
    long[] quota = new long[sizes.length];
    if (all == 0) {
      return quota;
    }
    double[] remainder = new double[sizes.length];
    long given = 0;
    for (int s = 0; s < sizes.length; s++) {
      double exact = (double) sizes[s] * Math.min(total, all) / all;
      quota[s] = (long) Math.floor(exact);
      remainder[s] = exact - quota[s];
      given += quota[s];
    }
    Integer[] order = new Integer[sizes.length];
    for (int s = 0; s < order.length; s++) {
      order[s] = s;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
    for (int i = 0; given < Math.min(total, all); i = (i + 1) % order.length) {
      if (quota[order[i]] < sizes[order[i]]) {
        quota[order[i]]++;
        given++;
      }
    }
    return quota;
  }
}
