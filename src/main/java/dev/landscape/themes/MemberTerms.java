package dev.landscape.themes;

import dev.landscape.text.TokenizedCorpus;
import dev.landscape.text.Vocabulary;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The terms that say what a named theme's papers are about: the words of its member papers ranked by LDAvis
 * relevance (lambda {@link dev.landscape.topics.Relevance#LAMBDA}) against the whole corpus, so that the terms shown
 * for a theme are those of the papers counted in it, not of a topic that may hold other papers too.
 *
 * <p>Held as whole-number token counts (each vocabulary word in the corpus and in each theme's member papers), which
 * add up exactly in any order: a run counts its own papers; {@code landscape infer --theme-terms} counts one shard and
 * {@code landscape aggregate} or the Spark job sum the shards, and all rank the sums with the same rule.
 */
public final class MemberTerms implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A term and its tokens in the theme's member papers. */
  public record Term(String display, long count) {}

  private final long[] corpus;
  private final long[][] theme;

  /** Counts of {@code themes} named themes over a vocabulary of {@code words} words, all zero. */
  public MemberTerms(int themes, int words) {
    this.corpus = new long[words];
    this.theme = new long[themes][words];
  }

  /** The counts of {@code tokens} under {@code membership}'s named themes. */
  static MemberTerms of(TokenizedCorpus tokens, Vocabulary vocabulary, Membership membership) {
    MemberTerms counts = new MemberTerms(membership.themes(), vocabulary.size());
    for (int d = 0; d < tokens.documentCount(); d++) {
      int paper = d;
      counts.add(tokens.tokens(d), t -> membership.member(paper, t));
    }
    return counts;
  }

  public int themes() {
    return theme.length;
  }

  public int words() {
    return corpus.length;
  }

  /** Adds a paper of these vocabulary ids, a member of the named themes {@code member} accepts. */
  public void add(int[] words, IntPredicate member) {
    for (int w : words) {
      corpus[w]++;
    }
    for (int t = 0; t < theme.length; t++) {
      if (member.test(t)) {
        long[] counts = theme[t];
        for (int w : words) {
          counts[w]++;
        }
      }
    }
  }

  /** Adds {@code tokens} of word {@code w} in the corpus, and {@code inTheme[t]} of them in theme {@code t}. */
  public void add(int w, long tokens, long[] inTheme) {
    if (inTheme.length != theme.length) {
      throw new IllegalArgumentException(inTheme.length + " theme counts for " + theme.length + " named themes");
    }
    corpus[w] += tokens;
    for (int t = 0; t < theme.length; t++) {
      theme[t][w] += inTheme[t];
    }
  }

  /** Adds {@code other}'s counts (the same themes and vocabulary) to these. */
  public MemberTerms merge(MemberTerms other) {
    if (other.theme.length != theme.length || other.corpus.length != corpus.length) {
      throw new IllegalArgumentException("counts of another model");
    }
    for (int w = 0; w < corpus.length; w++) {
      corpus[w] += other.corpus[w];
    }
    for (int t = 0; t < theme.length; t++) {
      for (int w = 0; w < corpus.length; w++) {
        theme[t][w] += other.theme[t][w];
      }
    }
    return this;
  }

  /** Tokens of word {@code w} in the corpus. */
  public long corpus(int w) {
    return corpus[w];
  }

  /** Tokens of word {@code w} in theme {@code t}'s member papers. */
  public long theme(int t, int w) {
    return theme[t][w];
  }

  /** All tokens counted. */
  public long tokens() {
    long total = 0;
    for (long c : corpus) {
      total += c;
    }
    return total;
  }

  /** For each named theme, its {@code n} most relevant terms (none for a theme without member tokens). */
  public List<List<Term>> top(Vocabulary vocabulary, int n) {
    int v = corpus.length;
    long total = tokens();
    double lambda = dev.landscape.topics.Relevance.LAMBDA;
    return IntStream.range(0, theme.length).mapToObj(t -> {
      long[] counts = theme[t];
      long themeTotal = 0;
      for (long c : counts) {
        themeTotal += c;
      }
      if (themeTotal == 0) {
        return List.<Term>of();
      }
      double[] relevance = new double[v];
      for (int w = 0; w < v; w++) {
        double p = counts[w] / (double) themeTotal;
        relevance[w] = p == 0 ? Double.NEGATIVE_INFINITY
            : lambda * Math.log(p) + (1 - lambda) * Math.log(p / (corpus[w] / (double) total));
      }
      return IntStream.range(0, v).filter(w -> counts[w] > 0).boxed()
          .sorted(Comparator.comparingDouble((Integer w) -> -relevance[w]).thenComparingInt(w -> w)).limit(n)
          .map(w -> new Term(vocabulary.display(w), counts[w])).toList();
    }).toList();
  }
}
