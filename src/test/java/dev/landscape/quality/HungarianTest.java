package dev.landscape.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HungarianTest {
  @Test
  void findsTheTextbookAssignment() {
    double[][] cost = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
    assertArrayEquals(new int[] {1, 0, 2}, Hungarian.minimize(cost));
  }

  @Test
  void agreesWithBruteForceOnRandomMatrices() {
    Random random = new Random(7);
    for (int trial = 0; trial < 50; trial++) {
      int n = 1 + random.nextInt(6);
      double[][] cost = new double[n][n];
      for (double[] row : cost) {
        for (int j = 0; j < n; j++) {
          row[j] = random.nextDouble();
        }
      }
      assertEquals(bruteForce(cost), total(cost, Hungarian.minimize(cost)), 1e-12);
    }
  }

  private static double total(double[][] cost, int[] assignment) {
    double sum = 0;
    for (int i = 0; i < assignment.length; i++) {
      sum += cost[i][assignment[i]];
    }
    return sum;
  }

  private static double bruteForce(double[][] cost) {
    List<Integer> columns = new ArrayList<>();
    for (int j = 0; j < cost.length; j++) {
      columns.add(j);
    }
    return best(cost, 0, columns);
  }

  private static double best(double[][] cost, int row, List<Integer> free) {
    if (row == cost.length) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int c : List.copyOf(free)) {
      free.remove(Integer.valueOf(c));
      best = Math.min(best, cost[row][c] + best(cost, row + 1, free));
      free.add(c);
    }
    return best;
  }
}
