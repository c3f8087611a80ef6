package dev.landscape.themes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which named themes each paper belongs to ({@link ThemeClassifier}), with a score per paper and theme that ranks a
 * paper's themes.
 *
 * @param papers the number of papers
 * @param themes the number of named themes
 * @param score paper {@code d}'s score on theme {@code t} at {@code d * themes + t}: for a learned theme the
 *     cross-fitted probability that it reads like the papers carrying the theme's seeds, for one that was not
 *     learned {@link #notLearnedScore}
 * @param member whether paper {@code d} belongs to theme {@code t}, bit {@code d * themes + t}
 * @param learned per theme, whether it was learned: enough papers carry its seeds
 */
public record Membership(int papers, int themes, float[] score, BitSet member, boolean[] learned) {
  /** Papers that must plainly carry a theme's seeds for its members to be learned. */
  public static final int MIN_EXAMPLES_TO_LEARN = ThemeClassifier.MIN_EXAMPLES;
  /** A paper at least this much of whose words the model assigns to a named theme's topics belongs to it. */
  public static final double TOPIC_MAJORITY = 0.5;

  /** No named themes. */
  public static Membership none(int papers) {
    return new Membership(papers, 0, new float[0], new BitSet(), new boolean[0]);
  }

  /**
   * The same membership with the topic model's own evidence added: a paper also belongs to a named theme whose
   * topics hold at least {@link #TOPIC_MAJORITY} of its words, and to a theme that was not learned (too few papers
   * name its seeds, as in a small corpus) where its topics weigh most (Other's background aside). A theme that was not learned is scored by
   * the topic weights, so that a paper's primary theme among such themes is where most of its words are.
   *
   * @param weightsOf fills, for a paper, its topic proportions summed over each theme's topics (all themes, named
   *     first)
   * @param allThemes the number of themes, named and not
   * @param other the Other theme, whose weak and background topics lead nowhere, or -1
   */
  Membership withTopicEvidence(java.util.function.ObjIntConsumer<double[]> weightsOf, int allThemes, int other) {
    float[] s = score.clone();
    BitSet m = (BitSet) member.clone();
    double[] weights = new double[allThemes];
    for (int d = 0; d < papers; d++) {
      java.util.Arrays.fill(weights, 0);
      weightsOf.accept(weights, d);
      int lead = lead(weights, other);
      for (int t = 0; t < themes; t++) {
        int i = d * themes + t;
        if (!learned[t]) {
          s[i] = (float) notLearnedScore(m.get(i), weights[t]);
        }
        if (weights[t] >= TOPIC_MAJORITY || (t == lead && !learned[t])) {
          m.set(i);
        }
      }
    }
    return new Membership(papers, themes, s, m, learned);
  }

  /**
   * The score of a theme that was not learned: half for naming its seeds plainly ({@code carries}), half its topic
   * weight. A paper that names a theme's seeds is about it more surely than one whose topics only lean to it, when
   * the corpus is too small to learn themes from (the topics of 39 papers drift); among such themes the topic
   * weights decide.
   */
  static double notLearnedScore(boolean carries, double weight) {
    return (carries ? 0.5 : 0) + 0.5 * weight;
  }

  /** The theme a paper's topic weights lead to, Other's background aside: it is no subject. */
  static int lead(double[] weights, int other) {
    int lead = -1;
    for (int t = 0; t < weights.length; t++) {
      if (t != other && (lead < 0 || weights[t] > weights[lead])) {
        lead = t;
      }
    }
    return lead;
  }

  public float score(int d, int t) {
    return score[d * themes + t];
  }

  public boolean member(int d, int t) {
    return member.get(d * themes + t);
  }

  /** Paper {@code d}'s themes, strongest first (ties: the theme listed first). */
  public List<Integer> of(int d) {
    List<Integer> members = new ArrayList<>();
    for (int t = 0; t < themes; t++) {
      if (member(d, t)) {
        members.add(t);
      }
    }
    members.sort((a, b) -> Float.compare(score(d, b), score(d, a)) != 0 ? Float.compare(score(d, b), score(d, a))
        : Integer.compare(a, b));
    return members;
  }

  /** Papers that belong to theme {@code t}. */
  public int members(int t) {
    int n = 0;
    for (int d = 0; d < papers; d++) {
      n += member(d, t) ? 1 : 0;
    }
    return n;
  }
}
