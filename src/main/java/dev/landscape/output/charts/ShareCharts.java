package dev.landscape.output.charts;

import dev.landscape.progress.Counts;
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
    int n = themes.themes().size();
    double[] share = new double[n];
    long[] members = new long[n];
    boolean[] supported = new boolean[n];
    boolean[] unsure = new boolean[n];
    for (Theme t : themes.themes()) {
      share[t.id()] = papers.share(t.id());
      members[t.id()] = papers.members(t.id());
      supported[t.id()] = themes.supported(t.id());
      unsure[t.id()] = themes.unsure(t.id());
    }
    return themeShare(new Shares(themes.themes().stream().map(Theme::name).toList(), share, members, supported,
        unsure, rest -> {
          int total = papers.size();
          long in = 0;
          for (int d = 0; d < total; d++) {
            for (int t : rest) {
              if (papers.belongs(d, t)) {
                in++;
                break;
              }
            }
          }
          return new long[] {in, total};
        }), ThemePalette.of(themes));
  }

  /**
   * The themes' shares as a chart takes them.
   *
   * @param supported whether a theme may carry a bar and a title (see {@link ThemeResult#supported})
   * @param unsure whether a theme's count is too unsure to carry the title (see {@link ThemeResult#unsure})
   * @param membersOfAny the papers that belong to any of the given themes and the papers in all, or null when that
   *     cannot be told (a landscape aggregated from per-theme counts): then the themes beyond the largest get no bar
   */
  record Shares(List<String> names, double[] share, long[] members, boolean[] supported, boolean[] unsure,
      java.util.function.Function<List<Integer>, long[]> membersOfAny) {}

  /** A bar's value as its end reads it: "2.6% · 1 paper", "21% · 8 papers · unsure". */
  static String annotation(double share, long papers, boolean unsure) {
    return ChartStyle.percent(share) + " · " + Counts.of(papers, "paper") + (unsure ? " · unsure" : "");
  }

  static Figure themeShare(Shares themes, ThemePalette palette) {
    // Only themes the corpus supports: no bar, and no title, rests on a theme too few papers name.
    List<Integer> shown = java.util.stream.IntStream.range(0, themes.names().size()).filter(t -> themes.supported()[t])
        .boxed().sorted(Comparator.comparingDouble((Integer t) -> -themes.share()[t]).thenComparingInt(t -> t))
        .toList();
    List<Bars.Bar> bars = new ArrayList<>();
    int named = shown.size() > SHARE_BARS + 1 ? SHARE_BARS : shown.size();
    for (int t : shown.subList(0, named)) {
      bars.add(new Bars.Bar(themes.names().get(t), themes.share()[t], palette.color(t),
          annotation(themes.share()[t], themes.members()[t], themes.unsure()[t])));
    }
    boolean restBar = named < shown.size() && themes.membersOfAny() != null;
    if (restBar) {
      List<Integer> rest = shown.subList(named, shown.size());
      long[] counted = themes.membersOfAny().apply(rest);
      double share = counted[1] == 0 ? 0 : counted[0] / (double) counted[1];
      bars.add(new Bars.Bar("All " + rest.size() + " other themes", share, ChartStyle.GREY,
          annotation(share, counted[0], false)));
    }
    // The title rests on the largest theme whose count is sure; an unsure one may be larger, and its bar says so.
    java.util.Optional<Integer> sure = shown.stream().filter(t -> !themes.unsure()[t]).findFirst();
    String title = sure.isEmpty() ? "No theme has papers enough, and a sure enough count, to name"
        : sure.get().equals(shown.get(0))
            ? String.format(Locale.ROOT, "%s is the largest theme, with %s of the papers",
                themes.names().get(sure.get()), ChartStyle.percent(themes.share()[sure.get()]))
            : String.format(Locale.ROOT, "%s holds %s of the papers, the most of any theme whose count is sure",
                themes.names().get(sure.get()), ChartStyle.percent(themes.share()[sure.get()]));
    String which = named == shown.size() ? ""
        : restBar ? "; the " + SHARE_BARS + " largest by name, the rest as one bar"
        : "; the " + SHARE_BARS + " largest of " + shown.size();
    boolean anyUnsure = shown.stream().anyMatch(t -> themes.unsure()[t]);
    String unsureNote = anyUnsure ? "; unsure: the papers that could be said to belong are over twice those that "
        + "name the theme plainly" : "";
    return new Figure("theme-share", title, "Each theme's share of the papers: the papers that belong to it (a paper "
        + "may belong to several named themes)" + which + unsureNote, (g, w, h) -> {
          int y = ChartStyle.title(g, title, "Bars and labels: the share and number of papers that belong to each "
              + "theme, largest first; a paper may belong to several" + unsureNote, w);
          Bars.draw(g, bars, 40, y, w - 80, h - y - 20, 30);
        });
  }

  /** Rising and falling: diverging bars of each theme's trend slope, in share points per year. */
  static Figure slopes(ThemeResult themes, TrendResult trends) {
    return slopes(ThemePalette.of(themes), trends);
  }

  static Figure slopes(ThemePalette palette, TrendResult trends) {
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
