package dev.landscape.output.explorer;

import dev.landscape.themes.PaperThemes;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Which papers a report page holds: every paper when there are at most {@code cap}; otherwise the themes take turns,
 * largest first, each adding its strongest member not yet held, until the page holds {@code cap}. So every theme's
 * best papers are there however large the corpus, and the page says for each theme how many of its members it holds.
 */
final class PaperSelection {
  private final int[] papers;
  private final int[] embedded;

  private PaperSelection(int[] papers, int[] embedded) {
    this.papers = papers;
    this.embedded = embedded;
  }

  /**
   * @param themes each paper's themes and scores
   * @param shown the themes the page shows, largest first
   * @param total papers in the corpus
   */
  static PaperSelection of(ThemeResult themes, List<Theme> shown, int total, int cap) {
    PaperThemes assigned = themes.papers();
    BitSet held = new BitSet(total);
    if (total <= cap) {
      held.set(0, total);
    } else {
      List<int[]> ranked = new ArrayList<>();
      for (Theme theme : shown) {
        ranked.add(membersByStrength(themes, theme.id(), total));
      }
      int[] next = new int[ranked.size()];
      int count = 0;
      boolean progress = true;
      while (count < cap && progress) {
        progress = false;
        for (int t = 0; t < ranked.size() && count < cap; t++) {
          int[] members = ranked.get(t);
          while (next[t] < members.length && held.get(members[next[t]])) {
            next[t]++;
          }
          if (next[t] < members.length) {
            held.set(members[next[t]++]);
            count++;
            progress = true;
          }
        }
      }
    }
    int[] embedded = new int[shown.stream().mapToInt(Theme::id).max().orElse(-1) + 1];
    for (int d = held.nextSetBit(0); d >= 0; d = held.nextSetBit(d + 1)) {
      for (int t : assigned.themesOf(d)) {
        if (t < embedded.length) {
          embedded[t]++;
        }
      }
    }
    return new PaperSelection(held.stream().toArray(), embedded);
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
