package dev.landscape.themes;

import dev.landscape.text.TokenizedCorpus;
import dev.landscape.text.Vocabulary;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The terms that say what a named theme's papers are about: the words of its member papers ranked by LDAvis
 * relevance (lambda {@link dev.landscape.topics.Relevance#LAMBDA}) against the whole corpus, so that the terms shown
 * for a theme are those of the papers counted in it, not of a topic that may hold other papers too.
 */
final class MemberTerms {
  private MemberTerms() {}

  /** A term and its tokens in the theme's member papers. */
  record Term(String display, long count) {}

  /** For each named theme of {@code membership}, its {@code n} most relevant terms. */
  static List<List<Term>> of(TokenizedCorpus tokens, Vocabulary vocabulary, Membership membership, int n) {
    int v = vocabulary.size();
    long[] corpus = new long[v];
    long[][] theme = new long[membership.themes()][v];
    long total = 0;
    long[] themeTotal = new long[membership.themes()];
    for (int d = 0; d < tokens.documentCount(); d++) {
      int[] words = tokens.tokens(d);
      total += words.length;
      for (int w : words) {
        corpus[w]++;
      }
      for (int t = 0; t < membership.themes(); t++) {
        if (membership.member(d, t)) {
          themeTotal[t] += words.length;
          for (int w : words) {
            theme[t][w]++;
          }
        }
      }
    }
    double lambda = dev.landscape.topics.Relevance.LAMBDA;
    long corpusTokens = total;
    return IntStream.range(0, membership.themes()).mapToObj(t -> {
      if (themeTotal[t] == 0) {
        return List.<Term>of();
      }
      double[] relevance = new double[v];
      for (int w = 0; w < v; w++) {
        double p = theme[t][w] / (double) themeTotal[t];
        relevance[w] = p == 0 ? Double.NEGATIVE_INFINITY
            : lambda * Math.log(p) + (1 - lambda) * Math.log(p / (corpus[w] / (double) corpusTokens));
      }
      return IntStream.range(0, v).filter(w -> theme[t][w] > 0).boxed()
          .sorted(Comparator.comparingDouble((Integer w) -> -relevance[w]).thenComparingInt(w -> w)).limit(n)
          .map(w -> new Term(vocabulary.display(w), theme[t][w])).toList();
    }).toList();
  }
}
