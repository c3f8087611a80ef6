package dev.landscape.topics;


/**
 * LDAvis relevance (Sievert and Shirley, 2014): {@code lambda log p(w|k) + (1 - lambda) log(p(w|k) / p(w))}. At
 * lambda 1 it ranks by probability, as MALLET's topic keys do, and shows the words every topic shares; lower lambda
 * favours words particular to the topic. Their user study found about 0.6 best for telling what a topic is about.
 */
public final class Relevance {
  /** The lambda the LDAvis study recommends. */
  public static final double LAMBDA = 0.6;

  private final TopicModel model;
  private final double[] marginal;

  /** Relevance against the word frequencies of {@code model}'s whole training corpus. */
  public Relevance(TopicModel model) {
    this.model = model;
    long total = 0;
    long[] perWord = new long[model.vocabularySize()];
    for (int k = 0; k < model.topicCount(); k++) {
      for (int w = 0; w < perWord.length; w++) {
        perWord[w] += model.count(k, w);
      }
      total += model.topicTokens(k);
    }
    marginal = new double[perWord.length];
    for (int w = 0; w < perWord.length; w++) {
      marginal[w] = total == 0 ? 0 : perWord[w] / (double) total;
    }
  }

  /** The {@code n} most relevant words of topic {@code k}. */
  public int[] topic(int k, int n) {
    return group(new int[] {k}, n);
  }

  /**
   * The {@code n} most relevant words of a group of topics taken together (a theme): their counts are added up
   * before smoothing. Most relevant first; ties go to the word seen first in the corpus.
   */
  public int[] group(int[] topics, int n) {
    int vocabulary = model.vocabularySize();
    double beta = model.beta();
    long total = 0;
    for (int k : topics) {
      total += model.topicTokens(k);
    }
    long[] counts = new long[vocabulary];
    for (int w = 0; w < vocabulary; w++) {
      for (int k : topics) {
        counts[w] += model.count(k, w);
      }
    }
    double denominator = total + vocabulary * beta;
    return TopIds.of(vocabulary, n, w -> counts[w] > 0, w -> {
      double phi = (counts[w] + beta) / denominator;
      return LAMBDA * Math.log(phi) + (1 - LAMBDA) * Math.log(phi / marginal[w]);
    });
  }
}
