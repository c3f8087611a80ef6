package dev.landscape.output.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The terms the relevance slider can show, against a brute-force oracle: at every slider position, sort every used
 * term by relevance (ties to the lower term) and take the top ones; the union over positions.
 */
class RelevantTermsTest {
  @Test
  void equalsSortingEveryTermAtEverySliderPosition() {
    Random random = new Random(11);
    for (int trial = 0; trial < 30; trial++) {
      int vocabulary = 5 + random.nextInt(60);
      int[] counts = new int[vocabulary];
      long[] corpus = new long[vocabulary];
      long unitTokens = 0;
      long corpusTokens = 0;
      for (int w = 0; w < vocabulary; w++) {
        counts[w] = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
        corpus[w] = counts[w] + 1 + random.nextInt(200);
        unitTokens += counts[w];
        corpusTokens += corpus[w];
      }
      int shown = 1 + random.nextInt(8);
      double smoothing = 0.01;
      TreeSet<Integer> expected = new TreeSet<>();
      for (int step = 0; step <= RelevantTerms.STEPS; step++) {
        double lambda = step / (double) RelevantTerms.STEPS;
        long tokens = unitTokens;
        IntStream.range(0, vocabulary).filter(w -> counts[w] > 0).boxed()
            .sorted(Comparator.comparingDouble((Integer w) -> -relevance(counts[w], tokens, vocabulary, smoothing,
                corpus[w], corpusTotal(corpus), lambda)).thenComparingInt(w -> w))
            .limit(shown).forEach(expected::add);
      }
      assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(),
          RelevantTerms.candidates(counts, unitTokens, smoothing, corpus, corpusTokens, shown), "trial " + trial);
    }
  }

  private static long corpusTotal(long[] corpus) {
    long sum = 0;
    for (long c : corpus) {
      sum += c;
    }
    return sum;
  }

  private static double relevance(int count, long tokens, int vocabulary, double smoothing, long corpus,
      long corpusTokens, double lambda) {
    double logPhi = Math.log((count + smoothing) / (tokens + vocabulary * smoothing));
    return lambda * logPhi + (1 - lambda) * (logPhi - Math.log(corpus / (double) corpusTokens));
  }
}
