package dev.landscape.topics;

import dev.landscape.text.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/** Turns a model's counts into readable topics: top words, labels, shares, and each paper's leading topics. */
public final class TopicDescriber {
  /** Words in a topic's label. */
  static final int LABEL_WORDS = 3;

  private TopicDescriber() {}

  /** Every topic with its {@code topWords} most probable words. */
  public static List<Topic> describe(TopicModel model, Vocabulary vocabulary, int topWords) {
    int[] dominant = new int[model.topicCount()];
    for (int d = 0; d < model.documentCount(); d++) {
      dominant[leading(model, d, 1)[0]]++;
    }
    long total = 0;
    for (int k = 0; k < model.topicCount(); k++) {
      total += model.topicTokens(k);
    }
    List<Topic> topics = new ArrayList<>();
    for (int k = 0; k < model.topicCount(); k++) {
      List<WordWeight> words = topWords(model, vocabulary, k, topWords);
      String label = String.join(", ", words.stream().limit(LABEL_WORDS).map(WordWeight::word).toList());
      double share = total == 0 ? 0 : (double) model.topicTokens(k) / total;
      topics.add(new Topic(k, label, words, share, model.alpha(k), dominant[k]));
    }
    return topics;
  }

  /**
   * The {@code n} largest topics of document {@code d}, largest first; ties go to the lower topic number, so the
   * order is deterministic.
   */
  public static int[] leading(TopicModel model, int d, int n) {
    int[] best = new int[Math.min(n, model.topicCount())];
    java.util.Arrays.fill(best, -1);
    for (int k = 0; k < model.topicCount(); k++) {
      int candidate = k;
      for (int i = 0; i < best.length && candidate >= 0; i++) {
        if (best[i] < 0 || model.proportion(d, candidate) > model.proportion(d, best[i])) {
          int displaced = best[i];
          best[i] = candidate;
          candidate = displaced;
        }
      }
    }
    return best;
  }

  /** The {@code n} highest-count words of topic {@code k}; ties go to the word seen first in the corpus. */
  static List<WordWeight> topWords(TopicModel model, Vocabulary vocabulary, int k, int n) {
    List<WordWeight> words = new ArrayList<>();
    for (int w : topIds(model, k, n)) {
      words.add(new WordWeight(vocabulary.display(w), model.wordWeight(k, w), model.count(k, w)));
    }
    return words;
  }

  /**
   * The ids of the (at most) {@code n} words topic {@code k} uses most, most used first; ties go to the word seen
   * first in the corpus. Words the topic does not use at all are left out.
   */
  public static int[] topIds(TopicModel model, int k, int n) {
    return TopIds.of(model.vocabularySize(), n, w -> model.count(k, w) > 0, w -> model.count(k, w));
  }


}
