package dev.landscape.trends;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Papers, and their weights on two sets of series (the themes and the topics), summed per calendar month: all that
 * trends are computed from. Sums of parts merge into the sums of the whole ({@link #merge}), so a corpus split into
 * shards or Spark partitions gives the trends of the corpus read at once. Not thread-safe.
 */
public final class MonthlySums implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final int themes;
  private final int topics;
  /** What one unit of the topic sums weighs: 1, or 1e-5 for sums kept as whole numbers of 1e-5. */
  private final double topicUnit;
  /** Per month ({@code year * 12 + month - 1}): papers, then the theme sums, then the topic sums. */
  private final TreeMap<Integer, double[]> months = new TreeMap<>();
  private long undated;

  public MonthlySums(int themes, int topics) {
    this(themes, topics, 1);
  }

  /**
   * Sums whose topic weights are added in units of {@code topicUnit} (whole numbers of 1e-5, say, whose sums are
   * exact whatever the order they are added in).
   */
  public MonthlySums(int themes, int topics, double topicUnit) {
    this.themes = themes;
    this.topics = topics;
    this.topicUnit = topicUnit;
  }

  /** What one unit of the topic sums weighs. */
  double topicUnit() {
    return topicUnit;
  }

  /** Adds a paper of {@code date} (null when it has none) with its theme and topic weights. */
  public void add(LocalDate date, double[] themeWeights, double[] topicWeights) {
    if (date == null) {
      undated++;
      return;
    }
    double[] sums = months.computeIfAbsent(month(date), m -> new double[1 + themes + topics]);
    sums[0]++;
    for (int s = 0; s < themes; s++) {
      sums[1 + s] += themeWeights[s];
    }
    for (int s = 0; s < topics; s++) {
      sums[1 + themes + s] += topicWeights[s];
    }
  }

  /** Adds everything {@code other} holds into this; returns this. */
  public MonthlySums merge(MonthlySums other) {
    if (other.themes != themes || other.topics != topics || other.topicUnit != topicUnit) {
      throw new IllegalArgumentException("sums of " + other.themes + " themes and " + other.topics
          + " topics cannot merge into sums of " + themes + " and " + topics);
    }
    undated += other.undated;
    for (Map.Entry<Integer, double[]> e : other.months.entrySet()) {
      double[] mine = months.computeIfAbsent(e.getKey(), m -> new double[1 + themes + topics]);
      for (int i = 0; i < mine.length; i++) {
        mine[i] += e.getValue()[i];
      }
    }
    return this;
  }

  public int themes() {
    return themes;
  }

  public int topics() {
    return topics;
  }

  public long undated() {
    return undated;
  }

  /** Dated papers. */
  public long dated() {
    return months.values().stream().mapToLong(sums -> (long) sums[0]).sum();
  }

  /** The months that hold papers, in order, as {@code year * 12 + month - 1}. */
  int[] monthKeys() {
    return months.keySet().stream().mapToInt(Integer::intValue).toArray();
  }

  /** Papers of month {@code key}. */
  long papers(int key) {
    return (long) months.get(key)[0];
  }

  /** Adds month {@code key}'s theme sums to {@code out}. */
  void addThemes(int key, double[] out) {
    double[] sums = months.get(key);
    for (int s = 0; s < themes; s++) {
      out[s] += sums[1 + s];
    }
  }

  /** Adds month {@code key}'s topic sums to {@code out}. */
  void addTopics(int key, double[] out) {
    double[] sums = months.get(key);
    for (int s = 0; s < topics; s++) {
      out[s] += sums[1 + themes + s];
    }
  }

  static int month(LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  static LocalDate start(int month) {
    return LocalDate.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1);
  }
}
