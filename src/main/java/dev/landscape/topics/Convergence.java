package dev.landscape.topics;

import java.util.Arrays;
import java.util.Locale;

/**
 * When sampling has converged, for {@code --iterations auto}. Every {@link #CHECK_EVERY} iterations the trainer
 * reports the model's log-likelihood per token, each topic's {@link #TOP_WORDS} most frequent words and its size.
 * Sampling has converged when, from {@link #MIN_ITERATIONS} on, both settle:
 *
 * <ul>
 *   <li>the log-likelihood per token no longer improves: it is less than {@link #MAX_LL_CHANGE} of itself above the
 *       best value of the checks before (a chain at its stationary distribution wanders around a level; comparing
 *       with the best, not the last, keeps that wandering from reading as progress), and
 *   <li>topics keep their words: at least {@link #MIN_TOP_WORD_OVERLAP} of the top words are the same as at the
 *       check before, averaged over topics weighted by their tokens (a topic of a few tokens, whose top words are
 *       ties, weighs little).
 * </ul>
 *
 * The likelihood alone flattens while topics still trade words; the words alone can hold while the likelihood still
 * climbs; labels on a slide change only when neither moves.
 */
final class Convergence {
  static final int CHECK_EVERY = 50;
  static final int MIN_ITERATIONS = 200;
  static final double MAX_LL_CHANGE = 0.001;
  static final double MIN_TOP_WORD_OVERLAP = 0.8;
  static final int TOP_WORDS = 10;

  private double bestLl = Double.NEGATIVE_INFINITY;
  private int[][] previousTop;
  private String state = "not checked";

  /**
   * Records a check after {@code iterations} iterations; true when sampling has converged.
   *
   * @param topWords per topic, its top word ids, most frequent first
   * @param topicTokens per topic, its tokens
   */
  boolean check(int iterations, double llPerToken, int[][] topWords, long[] topicTokens) {
    boolean converged = false;
    if (previousTop != null) {
      double change = (llPerToken - bestLl) / Math.abs(bestLl);
      double overlap = overlap(previousTop, topWords, topicTokens);
      converged = iterations >= MIN_ITERATIONS && change < MAX_LL_CHANGE && overlap >= MIN_TOP_WORD_OVERLAP;
      state = String.format(Locale.ROOT, "%s after %d iterations: log-likelihood/token %+.3f%% against the best "
          + "before, topics kept %.0f%% of their top %d words over the last %d", converged ? "converged"
          : "not converged", iterations, 100 * change, 100 * overlap, TOP_WORDS, CHECK_EVERY);
    }
    bestLl = Math.max(bestLl, llPerToken);
    previousTop = topWords;
    return converged;
  }

  /** The last check, in words: for run.json and the console. */
  String state() {
    return state;
  }

  /**
   * The share of each topic's top words that are also among its top words in {@code after}, averaged over topics
   * weighted by {@code weights}.
   */
  static double overlap(int[][] before, int[][] after, long[] weights) {
    double sum = 0;
    double total = 0;
    for (int k = 0; k < before.length; k++) {
      int[] sorted = before[k].clone();
      Arrays.sort(sorted);
      int same = 0;
      for (int w : after[k]) {
        same += Arrays.binarySearch(sorted, w) >= 0 ? 1 : 0;
      }
      double kept = before[k].length == 0 ? 1 : (double) same / Math.max(before[k].length, after[k].length);
      sum += weights[k] * kept;
      total += weights[k];
    }
    return total == 0 ? 1 : sum / total;
  }
}
