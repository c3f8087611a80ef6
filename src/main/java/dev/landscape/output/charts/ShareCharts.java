package dev.landscape.output.charts;

import dev.landscape.themes.PaperThemes;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
import dev.landscape.trends.TrendFit;
import dev.landscape.trends.TrendResult;
import dev.landscape.trends.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Bar charts of themes: their share of the corpus, and the slopes of their trends. */
final class ShareCharts {
  private ShareCharts() {}

  /** Theme share: sorted horizontal bars with the share and paper count on each. */
  static Figure themeShare(ThemeResult themes) {
    PaperThemes papers = themes.papers();
    // Only themes the corpus supports: no bar, and no title, rests on a theme too few papers name.
    List<Theme> shown = themes.themes().stream().filter(t -> themes.supported(t.id()))
        .sorted(Comparator.comparingDouble((Theme t) -> -papers.share(t.id())).thenComparingInt(Theme::id)).toList();
    List<Bars.Bar> bars = new ArrayList<>();
    for (Theme t : shown) {
      bars.add(new Bars.Bar(t.name(), papers.share(t.id()), LandscapeCharts.color(t),
          String.format(Locale.ROOT, "%s · %,d papers", ChartStyle.percent(papers.share(t.id())),
              papers.members(t.id()))));
    }
    String title = shown.isEmpty() ? "No theme has papers enough to show"
        : String.format(Locale.ROOT, "%s is the largest theme, with %s of the papers", shown.get(0).name(),
            ChartStyle.percent(papers.share(shown.get(0).id())));
    return new Figure("theme-share", title, "Each theme's share of the papers: the papers that belong to it (a paper "
        + "may belong to several named themes)", (g, w, h) -> {
          int y = ChartStyle.title(g, title, "Share of the papers that belong to each theme; a paper may belong to "
              + "several", w);
          Bars.draw(g, bars, 40, y, w - 80, h - y - 20, 30);
        });
  }

  /** Rising and falling: diverging bars of each theme's trend slope, in share points per year. */
  static Figure slopes(ThemeResult themes, TrendResult trends) {
    List<TrendResult.Series> fitted = trends.themes().stream()
        .filter(s -> s.fit().verdict() != Verdict.TOO_FEW_DATA)
        .sorted(Comparator.comparingDouble((TrendResult.Series s) -> -s.fit().slopePerYear())
            .thenComparingInt(TrendResult.Series::id)).toList();
    if (fitted.isEmpty()) {
      return null;
    }
    List<Bars.Bar> bars = new ArrayList<>();
    for (TrendResult.Series s : fitted) {
      TrendFit fit = s.fit();
      bars.add(new Bars.Bar(s.name(), 100 * fit.slopePerYear(), LandscapeCharts.color(themes.themes().get(s.id())),
          String.format(Locale.ROOT, "%+.1f pts/yr · %s", 100 * fit.slopePerYear(), fit.verdict().words())));
    }
    List<String> rising = fitted.stream().filter(s -> s.fit().verdict() == Verdict.RISING).map(TrendResult.Series::name)
        .limit(2).toList();
    List<String> falling = fitted.stream().filter(s -> s.fit().verdict() == Verdict.FALLING)
        .sorted(Comparator.comparingDouble(s -> s.fit().slopePerYear())).map(TrendResult.Series::name).limit(2)
        .toList();
    String title = rising.isEmpty() && falling.isEmpty() ? "No theme rose or fell clearly"
        : !rising.isEmpty() ? "Rising fastest: " + String.join(" and ", rising)
        : "Falling fastest: " + String.join(" and ", falling);
    return new Figure("theme-slopes", title, "Trend of each theme's share, in percentage points of the corpus per "
        + "year (least-squares slope over " + trends.granularity().key() + "s with enough papers)", (g, w, h) -> {
          int y = ChartStyle.title(g, title, "Change of share per year, percentage points; verdicts need p < 0.05 "
              + "and a change of at least 10%", w);
          Bars.draw(g, bars, 40, y, w - 80, h - y - 20, 28);
        });
  }
}
