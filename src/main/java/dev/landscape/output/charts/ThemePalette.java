package dev.landscape.output.charts;

import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The themes' colours, the same in every chart and in the report's explorer. Themes take the colour-blind-safe
 * colours (Okabe-Ito's, then Paul Tol's) in turn: named themes first, then automatic ones, each largest first; so the
 * largest themes, the ones a chart shows together, have colours as far apart as the palette allows, and a theme keeps
 * its colour on every chart. Themes beyond the palette's sixteen reuse a colour, lightened; "Other" is grey.
 *
 * <p>(Colours once followed the parent theme, one hue per parent in shades: three themes of one parent on one chart
 * were three near-identical greens. The parent is in the legends and tables instead.)
 */
final class ThemePalette {
  private final Color[] colors;
  private final int[] rank;

  private ThemePalette(Color[] colors, int[] rank) {
    this.colors = colors;
    this.rank = rank;
  }

  static ThemePalette of(ThemeResult themes) {
    double[] size = new double[themes.themes().size()];
    for (Theme t : themes.themes()) {
      size[t.id()] = themes.papers().members(t.id());
    }
    return of(themes.themes().stream().map(Theme::kind).toList(), size);
  }

  /**
   * The palette of themes {@code 0..n-1} of these kinds (Other is grey) and sizes (papers, or shares: only
   * their order counts), for a landscape aggregated from assignment rows as for a run.
   */
  static ThemePalette of(List<Theme.Kind> kinds, double[] size) {
    List<Integer> order = IntStream.range(0, kinds.size()).filter(t -> kinds.get(t) != Theme.Kind.OTHER)
        .boxed().sorted(Comparator.comparing((Integer t) -> kinds.get(t) != Theme.Kind.NAMED)
            .thenComparingDouble(t -> -size[t]).thenComparingInt(t -> t))
        .toList();
    Color[] colors = new Color[kinds.size()];
    int[] rank = new int[kinds.size()];
    java.util.Arrays.fill(colors, ChartStyle.GREY);
    java.util.Arrays.fill(rank, Integer.MAX_VALUE);
    for (int i = 0; i < order.size(); i++) {
      colors[order.get(i)] = ChartStyle.themeColor(i, false);
      rank[order.get(i)] = i;
    }
    return new ThemePalette(colors, rank);
  }

  /** Theme {@code t}'s turn in taking a colour (named first, then largest first); "Other" last. */
  int rank(int t) {
    return rank[t];
  }

  /** The colour of theme {@code t}. */
  Color color(int t) {
    return colors[t];
  }
}
