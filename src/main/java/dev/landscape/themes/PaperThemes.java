package dev.landscape.themes;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.topics.TopicModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Papers to themes. A paper's weight on a theme is the sum of its topic proportions over the theme's topics. Its
 * primary theme is the heaviest, with that weight as the confidence; it is "mixed" when the secondary theme comes
 * within {@link #MIXED_MARGIN} of it, since then no theme clearly dominates. Keeps five numbers per paper and a
 * bounded list of representatives per theme, whatever the corpus size.
 */
public final class PaperThemes {
  /** A paper is mixed when its two heaviest themes differ by less than this much weight. */
  public static final double MIXED_MARGIN = 0.1;
  /** Representative papers kept per theme: those with the highest weight on it. */
  public static final int REPRESENTATIVES = 5;

  private final int[] primary;
  private final float[] primaryWeight;
  private final int[] secondary;
  private final float[] secondaryWeight;
  private final double[] share;
  private final int[] primaryPapers;
  private final List<List<Integer>> representatives;

  private PaperThemes(int[] primary, float[] primaryWeight, int[] secondary, float[] secondaryWeight,
      double[] share, int[] primaryPapers, List<List<Integer>> representatives) {
    this.primary = primary;
    this.primaryWeight = primaryWeight;
    this.secondary = secondary;
    this.secondaryWeight = secondaryWeight;
    this.share = share;
    this.primaryPapers = primaryPapers;
    this.representatives = representatives;
  }

  /** Assigns every modelled paper of {@code model} to the themes of {@code mapping}. */
  public static PaperThemes assign(TopicModel model, ThemeMapper.Mapping mapping, List<PaperInfo> papers) {
    int themeCount = mapping.themes().size();
    int docs = model.documentCount();
    int[] primary = new int[docs];
    int[] secondary = new int[docs];
    float[] primaryWeight = new float[docs];
    float[] secondaryWeight = new float[docs];
    double[] share = new double[themeCount];
    int[] primaryPapers = new int[themeCount];
    // Weakest first, so the head is the one to drop; of equal weights the paper with the smaller id stays.
    Comparator<Candidate> weakestFirst = Comparator.comparingDouble(Candidate::weight)
        .thenComparing((Candidate c) -> papers.get(c.doc()).id(), Comparator.reverseOrder());
    List<PriorityQueue<Candidate>> best = new ArrayList<>();
    for (int t = 0; t < themeCount; t++) {
      best.add(new PriorityQueue<>(weakestFirst));
    }
    double[] weights = new double[themeCount];
    double[] proportions = new double[model.topicCount()];
    for (int d = 0; d < docs; d++) {
      for (int k = 0; k < proportions.length; k++) {
        proportions[k] = model.proportion(d, k);
      }
      Placement placed = place(proportions, mapping.themeOfTopic(), weights);
      for (int t = 0; t < themeCount; t++) {
        share[t] += weights[t];
      }
      primary[d] = placed.primary();
      primaryWeight[d] = (float) placed.confidence();
      secondary[d] = placed.secondary();
      secondaryWeight[d] = (float) placed.secondaryWeight();
      primaryPapers[placed.primary()]++;
      for (int t = 0; t < themeCount; t++) {
        if (weights[t] > 0) {
          PriorityQueue<Candidate> queue = best.get(t);
          queue.add(new Candidate(d, weights[t]));
          if (queue.size() > REPRESENTATIVES) {
            queue.poll();
          }
        }
      }
    }
    for (int t = 0; t < themeCount; t++) {
      share[t] = docs == 0 ? 0 : share[t] / docs;
    }
    List<List<Integer>> representatives = new ArrayList<>();
    for (PriorityQueue<Candidate> queue : best) {
      representatives.add(queue.stream().sorted(weakestFirst.reversed()).map(Candidate::doc).toList());
    }
    return new PaperThemes(primary, primaryWeight, secondary, secondaryWeight, share, primaryPapers,
        List.copyOf(representatives));
  }

  private record Candidate(int doc, double weight) {}

  /**
   * One paper's themes.
   *
   * @param primary the heaviest theme
   * @param confidence its weight
   * @param secondary the next heaviest, or -1 when there is one theme only
   * @param secondaryWeight its weight (0 without one)
   */
  public record Placement(int primary, double confidence, int secondary, double secondaryWeight) {
    /** No theme clearly dominates: the secondary comes within {@link #MIXED_MARGIN} of the primary. */
    public boolean mixed() {
      return secondary >= 0 && (float) confidence - (float) secondaryWeight < MIXED_MARGIN;
    }
  }

  /**
   * Places a paper by its topic proportions.
   *
   * @param weights filled with the paper's weight on each theme (its length is the number of themes)
   */
  public static Placement place(double[] proportions, int[] themeOfTopic, double[] weights) {
    Arrays.fill(weights, 0);
    for (int k = 0; k < proportions.length; k++) {
      weights[themeOfTopic[k]] += proportions[k];
    }
    int first = argmax(weights, -1);
    int second = argmax(weights, first);
    return new Placement(first, weights[first], second, second < 0 ? 0 : weights[second]);
  }

  /** The heaviest theme other than {@code skip}; ties go to the lower theme number. -1 when there is none. */
  private static int argmax(double[] weights, int skip) {
    int best = -1;
    for (int t = 0; t < weights.length; t++) {
      if (t != skip && (best < 0 || weights[t] > weights[best])) {
        best = t;
      }
    }
    return best;
  }

  public int primary(int d) {
    return primary[d];
  }

  public double confidence(int d) {
    return primaryWeight[d];
  }

  /** The second heaviest theme of paper {@code d}, or -1 when there is only one theme. */
  public int secondary(int d) {
    return secondary[d];
  }

  public double secondaryWeight(int d) {
    return secondaryWeight[d];
  }

  public boolean mixed(int d) {
    return new Placement(primary[d], primaryWeight[d], secondary[d], secondaryWeight[d]).mixed();
  }

  /** The share of the corpus theme {@code t} holds: its paper weights summed, over the number of papers. */
  public double share(int t) {
    return share[t];
  }

  /** Papers whose primary theme is {@code t}. */
  public int papers(int t) {
    return primaryPapers[t];
  }

  /** The papers (document numbers) weighing most on theme {@code t}, heaviest first. */
  public List<Integer> representatives(int t) {
    return representatives.get(t);
  }
}
