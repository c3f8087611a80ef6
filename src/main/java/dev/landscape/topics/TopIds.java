package dev.landscape.topics;

import java.util.PriorityQueue;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/** The ids with the highest scores, by a bounded heap: O(V log n) instead of sorting a whole vocabulary. */
final class TopIds {
  private TopIds() {}

  /**
   * The (at most) {@code n} ids in {@code [0, size)} that {@code include} accepts with the highest {@code score},
   * highest first; ties go to the lower id, so the order is deterministic.
   */
  static int[] of(int size, int n, IntPredicate include, IntToDoubleFunction score) {
    double[] scores = new double[size];
    PriorityQueue<Integer> best = new PriorityQueue<>(n + 1, (a, b) -> {
      int byScore = Double.compare(scores[a], scores[b]);
      return byScore != 0 ? byScore : Integer.compare(b, a);
    });
    for (int id = 0; id < size; id++) {
      if (!include.test(id)) {
        continue;
      }
      scores[id] = score.applyAsDouble(id);
      best.add(id);
      if (best.size() > n) {
        best.poll();
      }
    }
    int[] ids = new int[best.size()];
    for (int i = ids.length - 1; i >= 0; i--) {
      ids[i] = best.poll();
    }
    return ids;
  }
}
