package dev.landscape.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConvergenceTest {
  private static final int[][] TOPICS = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, {11, 12, 13, 14, 15, 16, 17, 18, 19, 20}};
  private static final int[][] ONE_WORD_TRADED = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 99}, {11, 12, 13, 14, 15, 16, 17, 18,
      19, 20}};
  private static final int[][] SHUFFLED = {{3, 30, 31, 32, 33, 34, 35, 36, 37, 38}, {1, 2, 40, 41, 42, 43, 44, 45,
      46, 47}};

  @Test
  void overlapIsTheMeanShareOfTopWordsKept() {
    long[] equal = {1, 1};
    assertEquals(1.0, Convergence.overlap(TOPICS, TOPICS, equal));
    assertEquals(0.95, Convergence.overlap(TOPICS, ONE_WORD_TRADED, equal), 1e-12);
    assertEquals(0.05, Convergence.overlap(TOPICS, SHUFFLED, equal), 1e-12);
    assertEquals((3 * 0.9 + 1 * 1.0) / 4, Convergence.overlap(TOPICS, ONE_WORD_TRADED, new long[] {3, 1}), 1e-12,
        "weighted by topic size");
  }

  @Test
  void convergedOnlyWhenLikelihoodAndWordsSettleAfterTheMinimum() {
    Convergence c = new Convergence();
    long[] sizes = {100, 100};
    assertFalse(c.check(50, -9.0, TOPICS, sizes), "nothing to compare yet");
    assertFalse(c.check(100, -8.5, TOPICS, sizes), "likelihood still climbing");
    assertFalse(c.check(150, -8.4999, TOPICS, sizes), "settled, but before the minimum of 200 iterations");
    assertFalse(c.check(200, -8.4998, SHUFFLED, sizes), "likelihood flat while topics trade words");
    assertFalse(c.check(250, -8.4998, TOPICS, sizes), "words changed since the last check");
    assertTrue(c.check(300, -8.52, ONE_WORD_TRADED, sizes), "a dip below the best is wandering, not progress");
    assertTrue(c.state().startsWith("converged after 300 iterations"), c.state());
    assertFalse(new Convergence().check(50, -9, TOPICS, sizes));
  }
}
