package dev.landscape.quality;

import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TokenizedCorpus;
import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicDescriber;
import dev.landscape.topics.TopicModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores every topic of a model and flags those nobody should present: incoherent, carried by almost no paper, or
 * made of words that every paper uses.
 *
 * @param topics each topic's scores and flags
 * @param meanCoherence the mean over topics of each coherence measure
 * @param diversity unique words among all topics' top 25, divided by 25 K (1: no topic repeats another's words)
 */
public record QualityReport(List<TopicQuality> topics, Coherence.Scores meanCoherence, double diversity) {
  /** Words per topic scored for coherence and exclusivity: gensim's and MALLET's usual 10. */
  public static final int TOP_WORDS = 10;
  /** Words per topic for diversity, as in Dieng et al. (2020). */
  public static final int DIVERSITY_WORDS = 25;
  /**
   * From this many papers on, a topic whose words co-occur less than chance (c_npmi below 0) is flagged outright;
   * in smaller corpora most word pairs never meet within ten words, so every topic scores below 0 and only
   * outliers among the model's own topics are flagged.
   */
  static final int ABSOLUTE_NPMI_FROM_PAPERS = 1_000;
  /** A word in more than this share of papers is a corpus-wide word. */
  static final double COMMON_WORD_SHARE = 0.25;

  public QualityReport {
    topics = List.copyOf(topics);
  }

  /** Scores {@code model}, whose topics are {@code described}, on the papers it was trained on. */
  public static QualityReport assess(TopicModel model, PreparedCorpus corpus, List<Topic> described) {
    int k = model.topicCount();
    int[][] top = new int[k][];
    for (int t = 0; t < k; t++) {
      top[t] = topTerms(model, t, TOP_WORDS);
    }
    Coherence coherence = coherence(corpus.tokens(), top, model.vocabularySize());
    List<Coherence.Scores> scores = coherence.scores();
    long[] documentFrequency = documentFrequency(corpus.tokens(), model.vocabularySize());
    int papers = corpus.tokens().documentCount();
    double fence = lowerFence(scores);
    double[] exclusivity = new double[k];
    for (int t = 0; t < k; t++) {
      exclusivity[t] = exclusivity(model, t, top[t]);
    }
    Spread spread = Spread.of(model, described, exclusivity);
    List<TopicQuality> qualities = new ArrayList<>();
    double[] sums = new double[4];
    for (int t = 0; t < k; t++) {
      Coherence.Scores s = scores.get(t);
      sums[0] += s.npmi();
      sums[1] += s.uMass();
      sums[2] += s.uci();
      sums[3] += s.cv();
      TopicQuality q = flag(t, s, fence, exclusivity[t], effectiveWords(model, t), described.get(t),
          top[t], documentFrequency, papers);
      if (spread.background()[t]) {
        List<String> flags = new ArrayList<>(q.flags());
        List<String> reasons = new ArrayList<>(q.reasons());
        flags.add("background");
        String why = spread.leadRatio()[t] < Spread.MAX_LEAD_RATIO
            ? String.format(Locale.ROOT, "leads few papers for its size (%.2f of its share of tokens)",
                spread.leadRatio()[t])
            : String.format(Locale.ROOT, "its top words are mostly other topics' (exclusivity %.2f of the median"
                + " topic's)", spread.exclusivityRatio()[t]);
        reasons.add(String.format(Locale.ROOT, "it is spread over the papers like few others (document entropy %.3f)"
            + " and %s", spread.entropy()[t], why));
        q = new TopicQuality(t, s, q.exclusivity(), q.effectiveWords(), flags, reasons);
      }
      qualities.add(q);
    }
    Coherence.Scores mean = new Coherence.Scores(sums[0] / k, sums[1] / k, sums[2] / k, sums[3] / k);
    return new QualityReport(qualities, mean, diversity(model));
  }

  /** Tukey's lower fence of the topics' c_npmi: first quartile minus 1.5 times the interquartile range. */
  private static double lowerFence(List<Coherence.Scores> scores) {
    double[] npmi = scores.stream().mapToDouble(Coherence.Scores::npmi).sorted().toArray();
    org.apache.commons.math3.stat.descriptive.rank.Percentile percentile =
        new org.apache.commons.math3.stat.descriptive.rank.Percentile();
    double q1 = percentile.evaluate(npmi, 25);
    double q3 = percentile.evaluate(npmi, 75);
    return q1 - 1.5 * (q3 - q1);
  }

  private static TopicQuality flag(int t, Coherence.Scores s, double fence, double exclusivity, double effectiveWords,
      Topic topic, int[] top, long[] documentFrequency, int papers) {
    List<String> flags = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    if (papers >= ABSOLUTE_NPMI_FROM_PAPERS && s.npmi() < 0) {
      flags.add("low_coherence");
      reasons.add(String.format(Locale.ROOT, "its top words co-occur less than chance (c_npmi %.3f)", s.npmi()));
    } else if (s.npmi() < fence) {
      flags.add("low_coherence");
      reasons.add(String.format(Locale.ROOT, "its coherence is an outlier among this model's topics "
          + "(c_npmi %.3f, below %.3f)", s.npmi(), fence));
    }
    int minPapers = (int) Math.max(2, Math.ceil(0.005 * papers));
    if (topic.dominantPapers() < minPapers) {
      flags.add("few_papers");
      reasons.add(String.format(Locale.ROOT, "it leads only %d of %d papers (fewer than %d)", topic.dominantPapers(),
          papers, minPapers));
    }
    int common = 0;
    for (int w : top) {
      if (documentFrequency[w] > COMMON_WORD_SHARE * papers) {
        common++;
      }
    }
    if (common * 2 > top.length) {
      flags.add("boilerplate");
      reasons.add(String.format(Locale.ROOT, "%d of its %d top words are each in more than %.0f%% of papers",
          common, top.length, 100 * COMMON_WORD_SHARE));
    }
    return new TopicQuality(t, s, exclusivity, effectiveWords, flags, reasons);
  }

  /**
   * The ids of topic {@code t}'s {@code n} most frequent terms, ties to the lower id; only terms the topic uses,
   * unless it uses fewer than two.
   */
  static int[] topTerms(TopicModel model, int t, int n) {
    int[] used = TopicDescriber.topIds(model, t, n);
    int m = Math.min(Math.min(n, model.vocabularySize()), Math.max(2, used.length));
    if (used.length >= m) {
      return used;
    }
    // Coherence needs a pair: pad with the lowest ids the topic does not use.
    int[] top = java.util.Arrays.copyOf(used, m);
    int filled = used.length;
    for (int w = 0; filled < m; w++) {
      if (model.count(t, w) == 0) {
        top[filled++] = w;
      }
    }
    return top;
  }

  private static Coherence coherence(TokenizedCorpus tokens, int[][] top, int vocabularySize) {
    List<List<String>> names = new ArrayList<>();
    for (int[] words : top) {
      List<String> topic = new ArrayList<>();
      for (int w : words) {
        topic.add(Integer.toString(w));
      }
      names.add(topic);
    }
    Coherence coherence = new Coherence(names);
    int[] toTopicWord = new int[vocabularySize];
    for (int w = 0; w < vocabularySize; w++) {
      toTopicWord[w] = coherence.idOf(Integer.toString(w));
    }
    for (int d = 0; d < tokens.documentCount(); d++) {
      coherence.addEncoded(tokens.tokens(d), toTopicWord);
    }
    return coherence;
  }

  private static long[] documentFrequency(TokenizedCorpus tokens, int vocabularySize) {
    long[] df = new long[vocabularySize];
    int[] last = new int[vocabularySize];
    java.util.Arrays.fill(last, -1);
    for (int d = 0; d < tokens.documentCount(); d++) {
      for (int w : tokens.tokens(d)) {
        if (last[w] != d) {
          last[w] = d;
          df[w]++;
        }
      }
    }
    return df;
  }

  /** MALLET's exclusivity: mean over the top words of p(w | t) / sum over topics of p(w | topic). */
  private static double exclusivity(TopicModel model, int topic, int[] top) {
    double sum = 0;
    for (int w : top) {
      double all = 0;
      for (int t = 0; t < model.topicCount(); t++) {
        all += model.wordWeight(t, w);
      }
      sum += model.wordWeight(topic, w) / all;
    }
    return sum / top.length;
  }

  private static double effectiveWords(TopicModel model, int t) {
    double total = model.topicTokens(t);
    if (total == 0) {
      return 0;
    }
    double sumSquares = 0;
    for (int w = 0; w < model.vocabularySize(); w++) {
      double p = model.count(t, w) / total;
      sumSquares += p * p;
    }
    return 1 / sumSquares;
  }

  private static double diversity(TopicModel model) {
    Set<Integer> unique = new HashSet<>();
    int total = 0;
    for (int t = 0; t < model.topicCount(); t++) {
      for (int w : topTerms(model, t, DIVERSITY_WORDS)) {
        unique.add(w);
        total++;
      }
    }
    return total == 0 ? 0 : (double) unique.size() / total;
  }
}
