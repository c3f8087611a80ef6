package dev.landscape.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Topic coherence, four ways, as gensim 4.2's {@code CoherenceModel} defines them (its
 * {@code COHERENCE_MEASURES} table), checked against gensim's own values in a test:
 *
 * <ul>
 *   <li>{@code c_npmi}: all pairs of the topic's words, boolean sliding window of 10, normalized PMI;
 *   <li>{@code u_mass}: each word with each word ranked above it, document co-occurrence,
 *       {@code log((D(w_i, w_j) / D + e) / (D(w_j) / D))};
 *   <li>{@code c_uci}: all pairs, window of 10, PMI;
 *   <li>{@code c_v}: each word against the whole topic, window of 110, cosine of NPMI context vectors.
 * </ul>
 *
 * Every measure is the mean over the topic's pairs or segments; {@code e = 1e-12} as in gensim.
 */
public final class Coherence {
  static final double EPSILON = 1e-12;
  static final int UCI_WINDOW = 10;
  static final int CV_WINDOW = 110;

  /** One topic's coherence under the four measures. */
  public record Scores(double npmi, double uMass, double uci, double cv) {}

  private final List<List<String>> topics;
  private final Map<String, Integer> ids = new LinkedHashMap<>();
  private final List<int[]> texts = new ArrayList<>();

  /**
   * @param topics each topic's words, best first (all of them are used: pass the top 10 to compare with gensim's
   *     {@code topn=10})
   */
  public Coherence(List<List<String>> topics) {
    this.topics = topics.stream().map(List::copyOf).toList();
    for (List<String> topic : this.topics) {
      for (String word : topic) {
        ids.putIfAbsent(word, ids.size());
      }
    }
  }

  /** Adds one reference text, as its tokens; only topic words are kept, as ids, the rest as -1. */
  public void addText(List<String> tokens) {
    int[] text = new int[tokens.size()];
    for (int i = 0; i < text.length; i++) {
      text[i] = ids.getOrDefault(tokens.get(i), -1);
    }
    texts.add(text);
  }

  /** The id of a topic word, or -1; for {@link #addEncoded}. */
  public int idOf(String word) {
    return ids.getOrDefault(word, -1);
  }

  /** The number of distinct topic words: ids run from 0 to this, exclusive. */
  public int wordCount() {
    return ids.size();
  }

  /**
   * Adds one reference text given as ids of another vocabulary, with {@code toTopicWord} mapping those ids to
   * {@link #idOf topic-word ids} (or -1): avoids making strings of a whole corpus.
   */
  public void addEncoded(int[] tokens, int[] toTopicWord) {
    int[] text = new int[tokens.length];
    for (int i = 0; i < text.length; i++) {
      text[i] = toTopicWord[tokens[i]];
    }
    texts.add(text);
  }

  /** Topic words that occur in no reference text (gensim refuses them); empty when all are known. */
  public List<String> unknownWords() {
    boolean[] seen = new boolean[ids.size()];
    for (int[] text : texts) {
      for (int id : text) {
        if (id >= 0) {
          seen[id] = true;
        }
      }
    }
    List<String> unknown = new ArrayList<>();
    ids.forEach((word, id) -> {
      if (!seen[id]) {
        unknown.add(word);
      }
    });
    return unknown;
  }

  /** The scores of every topic, in order. */
  public List<Scores> scores() {
    WindowCounts small = new WindowCounts(texts, ids.size(), UCI_WINDOW);
    WindowCounts large = new WindowCounts(texts, ids.size(), CV_WINDOW);
    DocumentCounts documents = new DocumentCounts(texts, ids.size());
    List<Scores> scores = new ArrayList<>();
    for (List<String> topic : topics) {
      int[] words = topic.stream().mapToInt(ids::get).toArray();
      scores.add(new Scores(pmiMean(small, words, true), uMass(documents, words), pmiMean(small, words, false),
          cv(large, words)));
    }
    return scores;
  }

  /** Mean (N)PMI over ordered pairs of distinct positions (gensim's {@code s_one_one}). */
  private static double pmiMean(WindowCounts counts, int[] words, boolean normalize) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < words.length; i++) {
      for (int j = 0; j < words.length; j++) {
        if (i != j) {
          sum += normalize ? npmi(counts, words[i], words[j]) : pmi(counts, words[i], words[j]);
          n++;
        }
      }
    }
    return sum / n;
  }

  static double pmi(WindowCounts counts, int a, int b) {
    double windows = counts.windows();
    double joint = counts.together(a, b) / windows + EPSILON;
    return Math.log(joint / ((counts.occurrences(a) / windows) * (counts.occurrences(b) / windows)));
  }

  static double npmi(WindowCounts counts, int a, int b) {
    double joint = counts.together(a, b) / (double) counts.windows();
    return pmi(counts, a, b) / -Math.log(joint + EPSILON);
  }

  /** Mean over pairs (later word, earlier word) of log P(later | earlier) (gensim's {@code s_one_pre}). */
  private static double uMass(DocumentCounts counts, int[] words) {
    double docs = counts.documents();
    double sum = 0;
    int n = 0;
    for (int later = 1; later < words.length; later++) {
      for (int earlier = 0; earlier < later; earlier++) {
        double joint = counts.together(words[later], words[earlier]) / docs + EPSILON;
        sum += Math.log(joint / (counts.occurrences(words[earlier]) / docs));
        n++;
      }
    }
    return sum / n;
  }

  /**
   * Mean cosine between each word's context vector and the topic's (gensim's {@code s_one_set} with
   * {@code cosine_similarity}, measure {@code nlr}, gamma 1): a word's vector holds its NPMI with every topic word;
   * the topic's vector is the sum of all its words' vectors.
   */
  private static double cv(WindowCounts counts, int[] words) {
    int k = words.length;
    double[][] npmi = new double[k][k];
    Map<Long, Double> cache = new HashMap<>();
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        int a = Math.min(words[i], words[j]);
        int b = Math.max(words[i], words[j]);
        npmi[i][j] = cache.computeIfAbsent(((long) a << 32) | b, key -> npmi(counts, a, b));
      }
    }
    double[] topic = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        topic[j] += npmi[i][j];
      }
    }
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += cosine(npmi[i], topic);
    }
    return sum / k;
  }

  private static double cosine(double[] a, double[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / (Math.sqrt(na) * Math.sqrt(nb));
  }
}
