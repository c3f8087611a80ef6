package dev.landscape.themes;

import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextModel;
import dev.landscape.topics.TopicModel;
import java.util.Arrays;

/**
 * What the theme classifier sees of a paper: its words (title and abstract, tf-idf weighted) but the seed terms, and
 * the words of its title again on their own (a title says what a paper is about more plainly than its abstract).
 * Word weights are sublinear tf-idf with smoothed idf, each block scaled to unit length.
 *
 * <p>Not its topic mixture. A run trains on words alone, so which papers a named theme learns does not move with the
 * topic model's seed (on 300 labelled cs.AI papers, seeds 1-3: macro F1 spread 0.033 with topic features, 0.010
 * without, at the same mean; bench/themes-vs-gold.sh). With them, the classifier of one seed learned its examples'
 * topic instead of their subject: "Attention efficiency and long context" took in a topic of attention modules in
 * vision networks. The feature numbers keep a block for the topics, after the vocabulary and the vocabulary again
 * for titles, so that models saved before this (model-format.md) still place papers with the topic weights they
 * learned: a paper's topics enter there as the square root of each proportion of at least {@link #MIN_PROPORTION},
 * on which a model trained since has no weight.
 */
public final class ThemeFeatures {
  /** Topic proportions below this are left out: noise, and most of a paper's row. */
  static final double MIN_PROPORTION = 0.01;

  private final double[] idf;
  private final double[] titleIdf;
  private final boolean[] left;
  private final int topics;

  /**
   * @param idf per vocabulary term, its inverse document frequency in papers
   * @param titleIdf the same in titles
   * @param left the terms left out (the seed terms)
   * @param topics the number of topics
   */
  public ThemeFeatures(double[] idf, double[] titleIdf, boolean[] left, int topics) {
    this.idf = idf;
    this.titleIdf = titleIdf;
    this.left = left;
    this.topics = topics;
  }

  /** Feature rows of papers, and the features that made them (for placing new papers the same way). */
  record Built(SparseRows rows, ThemeFeatures features) {}

  /**
   * The rows of every modelled paper of {@code corpus} under {@code model}, without the terms {@code left} names:
   * the seed terms, which decided the examples and would otherwise be all the classifier learns.
   */
  static Built of(PreparedCorpus corpus, TopicModel model, boolean[] left) {
    return of(corpus, model.topicCount(), left);
  }

  /** {@link #of(PreparedCorpus, TopicModel, boolean[])} for a model of {@code topicCount} topics. */
  static Built of(PreparedCorpus corpus, int topicCount, boolean[] left) {
    int papers = corpus.papers().size();
    int vocabulary = corpus.vocabulary().size();
    int[][] titles = new int[papers][];
    TextModel text = corpus.textModel();
    for (int d = 0; d < papers; d++) {
      titles[d] = text == null ? new int[0] : text.prepare(corpus.papers().get(d).title());
    }
    ThemeFeatures features = new ThemeFeatures(idf(papers, vocabulary, d -> corpus.tokens().tokens(d)),
        idf(papers, vocabulary, d -> titles[d]), left, topicCount);
    SparseRows.Builder rows = new SparseRows.Builder(features.count());
    for (int d = 0; d < papers; d++) {
      features.add(rows, corpus.tokens().tokens(d), titles[d], null);
    }
    return new Built(rows.build(), features);
  }

  /** The number of features. */
  int count() {
    return 2 * idf.length + topics;
  }

  public double[] idf() {
    return idf.clone();
  }

  public double[] titleIdf() {
    return titleIdf.clone();
  }

  /**
   * Adds the row of a paper of {@code words} (title and abstract), {@code title} words and topic mixture
   * {@code theta}: null for training, which leaves the topics out; given when placing papers, for models saved with
   * topic weights.
   */
  void add(SparseRows.Builder rows, int[] words, int[] title, double[] theta) {
    int vocabulary = idf.length;
    int[] idx = new int[words.length + title.length + (theta == null ? 0 : topics)];
    float[] val = new float[idx.length];
    int n = block(without(words, left), idf, 0, idx, val, 0);
    n = block(without(title, left), titleIdf, vocabulary, idx, val, n);
    for (int k = 0; theta != null && k < topics; k++) {
      if (theta[k] >= MIN_PROPORTION) {
        idx[n] = 2 * vocabulary + k;
        val[n++] = (float) Math.sqrt(theta[k]);
      }
    }
    rows.add(idx, val, n);
  }

  private static int[] without(int[] words, boolean[] left) {
    int n = 0;
    for (int w : words) {
      n += left[w] ? 0 : 1;
    }
    if (n == words.length) {
      return words;
    }
    int[] kept = new int[n];
    int i = 0;
    for (int w : words) {
      if (!left[w]) {
        kept[i++] = w;
      }
    }
    return kept;
  }

  /** Smoothed inverse document frequency: ln((1 + N) / (1 + df)) + 1. */
  private static double[] idf(int papers, int vocabulary, java.util.function.IntFunction<int[]> docs) {
    int[] df = new int[vocabulary];
    int[] seen = new int[vocabulary];
    Arrays.fill(seen, -1);
    for (int d = 0; d < papers; d++) {
      for (int w : docs.apply(d)) {
        if (seen[w] != d) {
          seen[w] = d;
          df[w]++;
        }
      }
    }
    double[] idf = new double[vocabulary];
    for (int w = 0; w < vocabulary; w++) {
      idf[w] = Math.log((1.0 + papers) / (1.0 + df[w])) + 1;
    }
    return idf;
  }

  /** Writes the unit-length tf-idf block of {@code words} at feature offset {@code offset}; returns the new count. */
  private static int block(int[] words, double[] idf, int offset, int[] idx, float[] val, int n) {
    if (words.length == 0) {
      return n;
    }
    int[] sorted = words.clone();
    Arrays.sort(sorted);
    int from = n;
    double norm = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      double weight = (1 + Math.log(j - i)) * idf[sorted[i]];
      idx[n] = offset + sorted[i];
      val[n++] = (float) weight;
      norm += weight * weight;
      i = j;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = from; i < n; i++) {
      val[i] *= scale;
    }
    return n;
  }
}
