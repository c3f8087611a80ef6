package dev.landscape.themes;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.topics.TopicModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Papers to themes. A paper belongs to every named theme whose {@link Membership} it passes; its primary theme is
 * the member theme with the highest score. A paper that belongs to no named theme gets the automatic theme (or
 * Other) on which its topic proportions weigh most. Keeps a few numbers per paper and a bounded list of
 * representatives per theme, whatever the corpus size.
 *
 * <p>A theme's share is the share of papers that belong to it: members for a named theme, papers whose primary it
 * is for an automatic one (each paper has at most one).
 */
public final class PaperThemes {
  /** A paper is mixed when its two strongest themes differ by less than this much score or weight. */
  public static final double MIXED_MARGIN = 0.1;
  /** A paper that belongs to no named theme joins an automatic theme holding at least this share of its words. */
  public static final double MIN_AUTOMATIC_WEIGHT = 0.2;
  /** Representative papers kept per theme: those with the highest score (or weight) on it. */
  public static final int REPRESENTATIVES = 5;

  private final Membership membership;
  private final int[] primary;
  private final float[] primaryWeight;
  private final int[] secondary;
  private final float[] secondaryWeight;
  private final int[] belonging;
  private final int[] primaryPapers;
  private final List<List<Integer>> representatives;

  private PaperThemes(Membership membership, int[] primary, float[] primaryWeight, int[] secondary,
      float[] secondaryWeight, int[] belonging, int[] primaryPapers, List<List<Integer>> representatives) {
    this.membership = membership;
    this.primary = primary;
    this.primaryWeight = primaryWeight;
    this.secondary = secondary;
    this.secondaryWeight = secondaryWeight;
    this.belonging = belonging;
    this.primaryPapers = primaryPapers;
    this.representatives = representatives;
  }

  /** Assigns every modelled paper of {@code model} to the themes of {@code mapping}. */
  public static PaperThemes assign(TopicModel model, ThemeMapper.Mapping mapping, Membership membership,
      List<PaperInfo> papers) {
    int themeCount = mapping.themes().size();
    int named = membership.themes();
    int other = mapping.themes().stream().filter(t -> t.kind() == Theme.Kind.OTHER).mapToInt(Theme::id)
        .findFirst().orElse(-1);
    int docs = model.documentCount();
    int[] primary = new int[docs];
    int[] secondary = new int[docs];
    float[] primaryWeight = new float[docs];
    float[] secondaryWeight = new float[docs];
    int[] belonging = new int[themeCount];
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
      List<Integer> members = membership.of(d);
      for (int t : members) {
        belonging[t]++;
        offer(best.get(t), new Candidate(d, membership.score(d, t)));
      }
      for (int k = 0; k < proportions.length; k++) {
        proportions[k] = model.proportion(d, k);
      }
      if (!members.isEmpty()) {
        int paper = d;
        Placement placed = placeMember(members, t -> membership.score(paper, t));
        primary[d] = placed.primary();
        primaryWeight[d] = (float) placed.confidence();
        secondary[d] = placed.secondary();
        secondaryWeight[d] = (float) placed.secondaryWeight();
      } else {
        Placement placed = placeUnnamed(proportions, mapping.themeOfTopic(), named, other, weights);
        primary[d] = placed.primary();
        primaryWeight[d] = (float) placed.confidence();
        secondary[d] = placed.secondary();
        secondaryWeight[d] = (float) placed.secondaryWeight();
        belonging[placed.primary()]++;
        offer(best.get(placed.primary()), new Candidate(d, placed.confidence()));
      }
      primaryPapers[primary[d]]++;
    }
    List<List<Integer>> representatives = new ArrayList<>();
    for (PriorityQueue<Candidate> queue : best) {
      representatives.add(queue.stream().sorted(weakestFirst.reversed()).map(Candidate::doc).toList());
    }
    return new PaperThemes(membership, primary, primaryWeight, secondary, secondaryWeight, belonging, primaryPapers,
        List.copyOf(representatives));
  }

  private static void offer(PriorityQueue<Candidate> queue, Candidate c) {
    queue.add(c);
    if (queue.size() > REPRESENTATIVES) {
      queue.poll();
    }
  }

  private record Candidate(int doc, double weight) {}

  /**
   * One paper's themes.
   *
   * @param primary the strongest theme
   * @param confidence its score (a named theme) or topic weight (an automatic one)
   * @param secondary the next strongest, or -1 when there is none
   * @param secondaryWeight its score or weight (0 without one)
   */
  public record Placement(int primary, double confidence, int secondary, double secondaryWeight) {
    /** No theme clearly dominates: the secondary comes within {@link #MIXED_MARGIN} of the primary. */
    public boolean mixed() {
      return secondary >= 0 && (float) confidence - (float) secondaryWeight < MIXED_MARGIN;
    }
  }

  /**
   * Places a paper that belongs to named themes: the strongest first, the next member second (none when it
   * belongs to one: a topic weight is no member's score).
   *
   * @param members its named themes, strongest first
   * @param score a member's score
   */
  public static Placement placeMember(List<Integer> members, java.util.function.IntToDoubleFunction score) {
    int first = members.get(0);
    int second = members.size() > 1 ? members.get(1) : -1;
    return new Placement(first, score.applyAsDouble(first), second, second < 0 ? 0 : score.applyAsDouble(second));
  }

  /**
   * Places a paper that belongs to no named theme by its topic proportions, on the themes after the first
   * {@code named}: the automatic theme it weighs most on, when that holds at least {@link #MIN_AUTOMATIC_WEIGHT} of
   * its words, else Other (its words are in named themes' topics it was not found to belong to, or in weak and
   * background topics, which are Other's).
   *
   * @param other the Other theme, or -1
   * @param weights filled with the paper's weight on each theme (its length is the number of themes)
   */
  public static Placement placeUnnamed(double[] proportions, int[] themeOfTopic, int named, int other,
      double[] weights) {
    Arrays.fill(weights, 0);
    for (int k = 0; k < proportions.length; k++) {
      weights[themeOfTopic[k]] += proportions[k];
    }
    int first = argmax(weights, named, other, -1);
    if (first < 0 || (other >= 0 && weights[first] < MIN_AUTOMATIC_WEIGHT)) {
      // No automatic theme holds enough of it: Other; its second is where most of its words are, of any kind.
      int fallback = other >= 0 ? other : argmax(weights, named, -1, -1);
      int next = argmax(weights, 0, fallback, -1);
      return new Placement(fallback, weights[fallback], next, next < 0 ? 0 : weights[next]);
    }
    int second = argmax(weights, named, -1, first);
    return new Placement(first, weights[first], second, second < 0 ? 0 : weights[second]);
  }

  /**
   * Places a paper by its topic proportions over all themes (how papers were placed before themes were learned;
   * {@code landscape infer} still places new papers this way).
   */
  public static Placement place(double[] proportions, int[] themeOfTopic, double[] weights) {
    Arrays.fill(weights, 0);
    for (int k = 0; k < proportions.length; k++) {
      weights[themeOfTopic[k]] += proportions[k];
    }
    int first = argmax(weights, 0, -1, -1);
    int second = argmax(weights, 0, -1, first);
    return new Placement(first, weights[first], second, second < 0 ? 0 : weights[second]);
  }

  /** The heaviest theme from {@code from} on other than {@code skip1} and {@code skip2}; ties go to the lower. */
  private static int argmax(double[] weights, int from, int skip1, int skip2) {
    int best = -1;
    for (int t = from; t < weights.length; t++) {
      if (t != skip1 && t != skip2 && (best < 0 || weights[t] > weights[best])) {
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

  /** The second strongest theme of paper {@code d}, or -1 when there is none. */
  public int secondary(int d) {
    return secondary[d];
  }

  public double secondaryWeight(int d) {
    return secondaryWeight[d];
  }

  public boolean mixed(int d) {
    return new Placement(primary[d], primaryWeight[d], secondary[d], secondaryWeight[d]).mixed();
  }

  /** Every theme paper {@code d} belongs to, strongest first: its named themes, or else its one automatic theme. */
  public List<Integer> themesOf(int d) {
    List<Integer> members = membership.of(d);
    return members.isEmpty() ? List.of(primary[d]) : members;
  }

  /** Whether paper {@code d} belongs to theme {@code t}. */
  public boolean belongs(int d, int t) {
    return t < membership.themes() ? membership.member(d, t) : primary[d] == t;
  }

  /** The papers placed. */
  public int size() {
    return primary.length;
  }

  /** The share of the corpus that belongs to theme {@code t}. */
  public double share(int t) {
    return primary.length == 0 ? 0 : belonging[t] / (double) primary.length;
  }

  /** Papers that belong to theme {@code t}. */
  public int members(int t) {
    return belonging[t];
  }

  /** Papers whose primary theme is {@code t}. */
  public int papers(int t) {
    return primaryPapers[t];
  }

  /** The papers (document numbers) with the highest score or weight on theme {@code t}, strongest first. */
  public List<Integer> representatives(int t) {
    return representatives.get(t);
  }
}
