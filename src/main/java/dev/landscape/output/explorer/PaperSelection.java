package dev.landscape.output.explorer;

import dev.landscape.themes.PaperThemes;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * Which papers a report page holds. The themes take turns, largest first, each adding its strongest member not yet
 * in the order; papers of no theme shown come last, in corpus order. The page holds the start of that order, up to
 * a number of papers and a number of characters (each paper's title and abstract travel with it, for search), so
 * every theme's best papers are there however large the corpus, and the page says for each theme how many of its
 * members it holds.
 */
final class PaperSelection {
  private final int[] papers;
  private final int[] embedded;

  private PaperSelection(int[] papers, int[] embedded) {
    this.papers = papers;
    this.embedded = embedded;
  }

  /**
   * The first {@code cap} papers in the order the page takes them.
   *
   * @param themes each paper's themes and scores
   * @param shown the themes the page shows, largest first
   * @param total papers in the corpus
   */
  static int[] order(ThemeResult themes, List<Theme> shown, int total, int cap) {
    BitSet taken = new BitSet(total);
    int[] order = new int[Math.min(cap, total)];
    int count = 0;
    List<int[]> ranked = new ArrayList<>();
    for (Theme theme : shown) {
      ranked.add(membersByStrength(themes, theme.id(), total));
    }
    int[] next = new int[ranked.size()];
    boolean progress = true;
    while (count < order.length && progress) {
      progress = false;
      for (int t = 0; t < ranked.size() && count < order.length; t++) {
        int[] members = ranked.get(t);
        while (next[t] < members.length && taken.get(members[next[t]])) {
          next[t]++;
        }
        if (next[t] < members.length) {
          taken.set(members[next[t]]);
          order[count++] = members[next[t]++];
          progress = true;
        }
      }
    }
    for (int d = taken.nextClearBit(0); d < total && count < order.length; d = taken.nextClearBit(d + 1)) {
      order[count++] = d;
    }
    return order;
  }

  /**
   * The start of {@code order} that fits: papers until {@code budget} characters are spent ({@code size} gives a
   * paper's), at least one.
   */
  static PaperSelection fit(int[] order, IntToLongFunction size, long budget, ThemeResult themes,
      List<Theme> shown) {
    int kept = 0;
    long spent = 0;
    while (kept < order.length && (kept == 0 || spent + size.applyAsLong(order[kept]) <= budget)) {
      spent += size.applyAsLong(order[kept++]);
    }
    int[] held = Arrays.copyOf(order, kept);
    Arrays.sort(held);
    PaperThemes assigned = themes.papers();
    int[] embedded = new int[shown.stream().mapToInt(Theme::id).max().orElse(-1) + 1];
    for (int d : held) {
      for (int t : assigned.themesOf(d)) {
        if (t < embedded.length) {
          embedded[t]++;
        }
      }
    }
    return new PaperSelection(held, embedded);
  }

  /** The members of theme {@code t}, highest score first, ties in corpus order. */
  private static int[] membersByStrength(ThemeResult themes, int t, int total) {
    List<double[]> members = new ArrayList<>();
    for (int d = 0; d < total; d++) {
      if (themes.papers().belongs(d, t)) {
        double score = ThemeScores.score(themes, d, t);
        members.add(new double[] {Double.isNaN(score) ? 0 : score, d});
      }
    }
    members.sort(Comparator.comparingDouble((double[] m) -> -m[0]).thenComparingDouble(m -> m[1]));
    return members.stream().mapToInt(m -> (int) m[1]).toArray();
  }

  /** The papers held, in corpus order. */
  int[] papers() {
    return papers;
  }

  /** How many members of theme {@code t} the page holds. */
  int embedded(int t) {
    return t < embedded.length ? embedded[t] : 0;
  }
}
