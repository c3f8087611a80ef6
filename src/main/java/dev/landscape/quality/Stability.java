package dev.landscape.quality;

import dev.landscape.topics.TopicModel;
import java.util.List;

/**
 * How much the topics of models trained with different seeds agree: for each pair of models, their topics are
 * matched one to one by the Hungarian algorithm on the cosine similarity of their word distributions, and the
 * matched similarities are averaged; the result is the mean over all pairs of models. 1 means every seed finds the
 * same topics.
 */
public final class Stability {
  private Stability() {}

  /** Mean matched similarity over all pairs of {@code models} (same vocabulary and topic count); NaN for one. */
  public static double of(List<TopicModel> models) {
    double sum = 0;
    int pairs = 0;
    for (int a = 0; a < models.size(); a++) {
      for (int b = a + 1; b < models.size(); b++) {
        sum += matchedSimilarity(models.get(a), models.get(b));
        pairs++;
      }
    }
    return pairs == 0 ? Double.NaN : sum / pairs;
  }

  /** Mean cosine similarity of the topics of {@code a} and {@code b} under the best one-to-one matching. */
  static double matchedSimilarity(TopicModel a, TopicModel b) {
    int k = a.topicCount();
    double[][] similarity = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        similarity[i][j] = cosine(a, i, b, j);
      }
    }
    double[][] cost = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        cost[i][j] = 1 - similarity[i][j];
      }
    }
    int[] match = Hungarian.minimize(cost);
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += similarity[i][match[i]];
    }
    return sum / k;
  }

  private static double cosine(TopicModel a, int i, TopicModel b, int j) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int w = 0; w < a.vocabularySize(); w++) {
      double x = a.count(i, w);
      double y = b.count(j, w);
      dot += x * y;
      na += x * x;
      nb += y * y;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
