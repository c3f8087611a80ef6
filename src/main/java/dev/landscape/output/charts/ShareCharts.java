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

  /** Bars a theme-share chart shows by name; beyond them one grey bar stands for all the other themes. */
  static final int SHARE_BARS = 12;

  /**
   * Theme share: horizontal bars of the share of papers that belong to each theme, largest first, labelled with
   * that share and the same papers' count; beyond {@link #SHARE_BARS} themes, the rest as one "all others" bar (the
   * papers that belong to any of them).
   */
  static Figure themeShare(ThemeResult themes) {
    PaperThemes papers = themes.papers();
    // Only themes the corpus supports: no bar, and no title, rests on a theme too few papers name.
    List<Theme> shown = themes.themes().stream().filter(t -> themes.supported(t.id()))
        .sorted(Comparator.comparingDouble((Theme t) -> -papers.share(t.id())).thenComparingInt(Theme::id)).toList();
    ThemePalette palette = ThemePalette.of(themes);
    List<Bars.Bar> bars = new ArrayList<>();
    int named = shown.size() > SHARE_BARS + 1 ? SHARE_BARS : shown.size();
    for (Theme t : shown.subList(0, named)) {
      bars.add(new Bars.Bar(t.name(), papers.share(t.id()), palette.color(t.id()),
          String.format(Locale.ROOT, "%s · %,d papers", ChartStyle.percent(papers.share(t.id())),
              papers.members(t.id()))));
    }
    if (named < shown.size()) {
      List<Theme> rest = shown.subList(named, shown.size());
      int total = papers.size();
      int members = 0;
      for (int d = 0; d < total; d++) {
        for (Theme t : rest) {
          if (papers.belongs(d, t.id())) {
            members++;
            break;
          }
        }
      }
      double share = total == 0 ? 0 : members / (double) total;
      bars.add(new Bars.Bar("All " + rest.size() + " other themes", share, ChartStyle.GREY,
          String.format(Locale.ROOT, "%s · %,d papers", ChartStyle.percent(share), members)));
    }
    String title = shown.isEmpty() ? "No theme has papers enough to show"
        : String.format(Locale.ROOT, "%s is the largest theme, with %s of the papers", shown.get(0).name(),
            ChartStyle.percent(papers.share(shown.get(0).id())));
    return new Figure("theme-share", title, "Each theme's share of the papers: the papers that belong to it (a paper "
        + "may belong to several named themes)" + (named < shown.size() ? "; the " + SHARE_BARS + " largest by name, "
        + "the rest as one bar" : ""), (g, w, h) -> {
          int y = ChartStyle.title(g, title, "Bars and labels: the share and number of papers that belong to each "
              + "theme, largest first; a paper may belong to several", w);
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
    ThemePalette palette = ThemePalette.of(themes);
    List<Bars.Bar> bars = new ArrayList<>();
    for (TrendResult.Series s : fitted) {
      TrendFit fit = s.fit();
      bars.add(new Bars.Bar(s.name(), 100 * fit.slopePerYear(), palette.color(s.id()),
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
