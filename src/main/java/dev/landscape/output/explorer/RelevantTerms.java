package dev.landscape.output.explorer;

import java.util.BitSet;
import java.util.PriorityQueue;

/**
 * The terms a relevance slider can bring into a unit's top list, as LDAvis finds them: the union, over lambda from
 * 0 to 1 in steps of 0.01, of the {@code shown} terms of highest relevance {@code lambda * log p(w|t) + (1 - lambda)
 * * log(p(w|t) / p(w))}. Only terms with at least one token in the unit are candidates (a term the unit never used
 * has no place in its bars). Ties go to the lower term number, as in the page's script.
 */
final class RelevantTerms {
  /** Slider positions: 0, 0.01, ..., 1. */
  static final int STEPS = 100;

  private RelevantTerms() {}

  /**
   * @param counts the unit's tokens of each term
   * @param unitTokens the unit's tokens
   * @param smoothing the prior count added to each term
   * @param corpusCounts every term's tokens in the corpus
   * @param corpusTokens the corpus's tokens
   * @param shown how many terms the bars show
   * @return the candidate term numbers, ascending
   */
  static int[] candidates(int[] counts, long unitTokens, double smoothing, long[] corpusCounts, long corpusTokens,
      int shown) {
    int vocabulary = counts.length;
    int used = 0;
    for (int c : counts) {
      used += c > 0 ? 1 : 0;
    }
    int[] term = new int[used];
    double[] logPhi = new double[used];
    double[] logLift = new double[used];
    double denominator = unitTokens + vocabulary * smoothing;
    for (int w = 0, i = 0; w < vocabulary; w++) {
      if (counts[w] > 0) {
        term[i] = w;
        logPhi[i] = Math.log((counts[w] + smoothing) / denominator);
        logLift[i] = logPhi[i] - Math.log(corpusCounts[w] / (double) corpusTokens);
        i++;
      }
    }
    BitSet chosen = new BitSet(vocabulary);
    for (int step = 0; step <= STEPS; step++) {
      double lambda = step / (double) STEPS;
      for (int i : top(logPhi, logLift, lambda, shown)) {
        chosen.set(term[i]);
      }
    }
    return chosen.stream().toArray();
  }

  /** Positions of the {@code shown} highest relevances at {@code lambda}. */
  private static int[] top(double[] logPhi, double[] logLift, double lambda, int shown) {
    // A min-heap of the best so far: its head is the weakest kept, replaced when something beats it.
    PriorityQueue<double[]> heap = new PriorityQueue<>(shown + 1, (a, b) -> a[0] != b[0]
        ? Double.compare(a[0], b[0]) : Double.compare(b[1], a[1]));
    for (int i = 0; i < logPhi.length; i++) {
      double relevance = lambda * logPhi[i] + (1 - lambda) * logLift[i];
      if (heap.size() < shown) {
        heap.add(new double[] {relevance, i});
      } else if (relevance > heap.peek()[0]) {
        heap.poll();
        heap.add(new double[] {relevance, i});
      }
    }
    return heap.stream().mapToInt(e -> (int) e[1]).sorted().toArray();
  }
}
