package dev.landscape.themes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which named themes each paper belongs to ({@link ThemeRule}), with how plainly and how surely.
 *
 * @param papers the number of papers
 * @param themes the number of named themes
 * @param score paper {@code d}'s score on theme {@code t} at {@code d * themes + t}: for a learned theme how much it
 *     reads like the papers that name the theme strongly (a probability), for one that was not learned {@link
 *     #notLearnedScore} in a small corpus, else 1 for its carriers
 * @param strength how plainly paper {@code d} names theme {@code t} at {@code d * themes + t} (title hits twice, plus
 *     abstract hits): a paper's themes are ranked by it first, since a title names what a paper is about
 * @param member whether paper {@code d} belongs to theme {@code t}, bit {@code d * themes + t}
 * @param strong whether it names the theme strongly (its least count, see {@link ThemeRule})
 * @param candidate whether it carries the seeds plainly or reads like the theme (its most count)
 * @param learned per theme, whether it was learned
 */
public record Membership(int papers, int themes, float[] score, byte[] strength, BitSet member, BitSet strong,
    BitSet candidate, boolean[] learned) {
  /** No named themes. */
  public static Membership none(int papers) {
    return new Membership(papers, 0, new float[0], new byte[0], new BitSet(), new BitSet(), new BitSet(),
        new boolean[0]);
  }

  /**
   * The score of a theme that was not learned, in a small corpus: half for naming its seeds plainly
   * ({@code carries}), half its topic weight. A paper that names a theme's seeds is about it more surely than one
   * whose topics only lean to it, when the corpus is too small to learn themes from (the topics of 39 papers
   * drift); among such themes the topic weights decide.
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

  /** Paper {@code d}'s themes, strongest first: most plainly named, then highest score, then the theme listed first. */
  public List<Integer> of(int d) {
    List<Integer> members = new ArrayList<>();
    for (int t = 0; t < themes; t++) {
      if (member(d, t)) {
        members.add(t);
      }
    }
    members.sort((a, b) -> {
      int byStrength = Integer.compare(strength[d * themes + b], strength[d * themes + a]);
      int byScore = Float.compare(score(d, b), score(d, a));
      return byStrength != 0 ? byStrength : byScore != 0 ? byScore : Integer.compare(a, b);
    });
    return members;
  }

  /** Papers that belong to theme {@code t}. */
  public int members(int t) {
    return count(member, t);
  }

  /** Papers that name theme {@code t} strongly: the fewest it could be said to hold. */
  public int strongPapers(int t) {
    return count(strong, t);
  }

  /** Papers that carry theme {@code t}'s seeds plainly or read like it: the most it could be said to hold. */
  public int candidates(int t) {
    return count(candidate, t);
  }

  private int count(BitSet bits, int t) {
    int n = 0;
    for (int d = 0; d < papers; d++) {
      n += bits.get(d * themes + t) ? 1 : 0;
    }
    return n;
  }

  /** Fills a membership paper by paper. */
  static final class Builder {
    private final int papers;
    private final int themes;
    private final float[] score;
    private final byte[] strength;
    private final BitSet member = new BitSet();
    private final BitSet strong = new BitSet();
    private final BitSet candidate = new BitSet();
    private final boolean[] learned;

    Builder(int papers, int themes, boolean[] learned) {
      this.papers = papers;
      this.themes = themes;
      this.score = new float[papers * themes];
      this.strength = new byte[papers * themes];
      this.learned = learned.clone();
    }

    void set(int d, int t, float score, int strength, boolean member, boolean strong, boolean candidate) {
      int i = d * themes + t;
      this.score[i] = score;
      this.strength[i] = (byte) strength;
      this.member.set(i, member);
      // The least count is held within the members, the most count holds them all.
      this.strong.set(i, strong && member);
      this.candidate.set(i, candidate || member);
    }

    Membership build() {
      return new Membership(papers, themes, score, strength, member, strong, candidate, learned);
    }
  }
}
