package dev.landscape.themes;

import dev.landscape.topics.TopicModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Distances between topics, and average-linkage agglomerative clustering of topics on them. Deterministic: of
 * equally close pairs, the one with the lowest topic numbers merges first.
 */
public final class TopicClustering {
  private TopicClustering() {}

  /**
   * The Jensen-Shannon distance between every two topics' word distributions (counts, not smoothed: the prior
   * would make every pair of small topics look alike): the square root of the divergence in base 2, a metric in
   * [0, 1], 0 for identical topics and 1 for topics sharing no word. Rows are computed in parallel.
   */
  public static double[][] distances(TopicModel model) {
    int k = model.topicCount();
    double[][] distance = new double[k][k];
    IntStream.range(0, k).parallel().forEach(a -> {
      for (int b = a + 1; b < k; b++) {
        distance[a][b] = jensenShannonDistance(model, a, b);
      }
    });
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < a; b++) {
        distance[a][b] = distance[b][a];
      }
    }
    return distance;
  }

  /** The median distance between two different topics; 0 with fewer than two topics. */
  static double medianDistance(double[][] distance) {
    int k = distance.length;
    double[] pairs = new double[k * (k - 1) / 2];
    int n = 0;
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        pairs[n++] = distance[a][b];
      }
    }
    if (n == 0) {
      return 0;
    }
    Arrays.sort(pairs);
    return n % 2 == 1 ? pairs[n / 2] : (pairs[n / 2 - 1] + pairs[n / 2]) / 2;
  }

  /** Groups {@code topics}, merging while the closest two groups are nearer than {@code maxDistance}. */
  static List<int[]> group(double[][] distance, List<Integer> topics, double maxDistance) {
    List<List<Integer>> clusters = new ArrayList<>();
    for (int topic : topics) {
      clusters.add(new ArrayList<>(List.of(topic)));
    }
    mergeWhileCloser(distance, clusters, maxDistance);
    List<int[]> groups = new ArrayList<>();
    for (List<Integer> cluster : clusters) {
      groups.add(cluster.stream().mapToInt(Integer::intValue).sorted().toArray());
    }
    return groups;
  }

  /**
   * Every topic in the order of an average-linkage dendrogram's leaves: merged groups are laid side by side, so
   * topics that merge early (similar ones) sit together, as in an ordered heatmap.
   */
  public static int[] leafOrder(double[][] distance) {
    List<List<Integer>> clusters = new ArrayList<>();
    for (int i = 0; i < distance.length; i++) {
      clusters.add(new ArrayList<>(List.of(i)));
    }
    mergeWhileCloser(distance, clusters, Double.POSITIVE_INFINITY);
    return clusters.isEmpty() ? new int[0] : clusters.get(0).stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Average linkage: merges the two closest clusters (the second appended to the first) while they are closer than
   * {@code maxDistance}.
   */
  private static void mergeWhileCloser(double[][] distance, List<List<Integer>> clusters, double maxDistance) {
    while (clusters.size() > 1) {
      int bestA = -1;
      int bestB = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int a = 0; a < clusters.size(); a++) {
        for (int b = a + 1; b < clusters.size(); b++) {
          double d = averageDistance(distance, clusters.get(a), clusters.get(b));
          if (d < best || bestA < 0) {
            best = d;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (best >= maxDistance) {
        return;
      }
      clusters.get(bestA).addAll(clusters.remove(bestB));
    }
  }

  private static double averageDistance(double[][] distance, List<Integer> a, List<Integer> b) {
    double sum = 0;
    for (int i : a) {
      for (int j : b) {
        sum += distance[i][j];
      }
    }
    return sum / (a.size() * (double) b.size());
  }

  static double jensenShannonDistance(TopicModel model, int a, int b) {
    double na = model.topicTokens(a);
    double nb = model.topicTokens(b);
    if (na == 0 || nb == 0) {
      return na == nb ? 0 : 1;
    }
    double divergence = 0;
    for (int w = 0; w < model.vocabularySize(); w++) {
      int ca = model.count(a, w);
      int cb = model.count(b, w);
      if (ca == 0 && cb == 0) {
        continue;
      }
      double p = ca / na;
      double q = cb / nb;
      double m = (p + q) / 2;
      if (p > 0) {
        divergence += p * Math.log(p / m);
      }
      if (q > 0) {
        divergence += q * Math.log(q / m);
      }
    }
    return Math.sqrt(Math.min(1, Math.max(0, divergence / 2 / Math.log(2))));
  }
}
