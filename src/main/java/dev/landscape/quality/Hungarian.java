package dev.landscape.quality;

import java.util.Arrays;

/**
 * The Hungarian algorithm (Kuhn-Munkres, with potentials, O(n^3)) for a square assignment problem: a one-to-one
 * assignment of rows to columns of least total cost.
 */
final class Hungarian {
  private Hungarian() {}

  /** For each row, its column in a least-cost assignment. */
  static int[] minimize(double[][] cost) {
    int n = cost.length;
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] p = new int[n + 1]; // p[column] = row matched to it, 1-based; 0 = none
    int[] way = new int[n + 1];
    for (int row = 1; row <= n; row++) {
      p[0] = row;
      int column = 0;
      double[] min = new double[n + 1];
      Arrays.fill(min, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[column] = true;
        int i = p[column];
        double delta = Double.POSITIVE_INFINITY;
        int next = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double reduced = cost[i - 1][j - 1] - u[i] - v[j];
            if (reduced < min[j]) {
              min[j] = reduced;
              way[j] = column;
            }
            if (min[j] < delta) {
              delta = min[j];
              next = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            min[j] -= delta;
          }
        }
        column = next;
      } while (p[column] != 0);
      do {
        int previous = way[column];
        p[column] = p[previous];
        column = previous;
      } while (column != 0);
    }
    int[] assignment = new int[n];
    for (int j = 1; j <= n; j++) {
      assignment[p[j] - 1] = j - 1;
    }
    return assignment;
  }
}
