package dev.landscape.output.charts;

import dev.landscape.trends.TrendResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts a landscape aggregated from assignment rows can draw ({@code landscape aggregate}, the Spark job):
 * the theme shares, and, when trends can be told, the theme trends and their slopes; the same figures, colours and
 * titles as a run's. Charts of topics and terms need the model's documents and are not drawn.
 */
public final class AggregateCharts {
  private AggregateCharts() {}

  /**
   * The figures of themes {@code 0..n-1}.
   *
   * @param kinds each theme's kind ("named", "automatic", "other"), and {@code parents} its parent or null
   * @param share each theme's share of the placed papers, {@code members} its member papers
   * @param supported whether a theme may carry a bar and a title
   */
  public static List<Figure> figures(List<String> names, List<String> kinds, List<String> parents, double[] share,
      long[] members, boolean[] supported, TrendResult trends) {
    ThemePalette palette = ThemePalette.of(kinds, parents);
    List<Figure> figures = new ArrayList<>();
    // Overlaps between themes are not in per-theme counts: the themes beyond the largest get no "all others" bar.
    figures.add(ShareCharts.themeShare(new ShareCharts.Shares(names, share, members, supported, null), palette));
    if (trends.available()) {
      figures.add(TrendChart.build(palette, trends));
      Figure slopes = ShareCharts.slopes(palette, trends);
      if (slopes != null) {
        figures.add(slopes);
      }
    }
    return figures;
  }
}
