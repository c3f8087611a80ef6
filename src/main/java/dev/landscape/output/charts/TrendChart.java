package dev.landscape.output.charts;

import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
import dev.landscape.trends.TrendResult;
import dev.landscape.trends.Verdict;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Theme trends: each theme's share per period as a line. At most {@link #HIGHLIGHTED} themes are drawn in their
 * colours: those rising or falling most, then the largest; the rest are thin grey lines for context.
 */
final class TrendChart {
  static final int HIGHLIGHTED = 5;

  private TrendChart() {}

  /** The themes to highlight, in order: clearest movers first, then the largest. */
  static List<Integer> highlighted(TrendResult trends) {
    return trends.themes().stream()
        .filter(s -> !Double.isNaN(s.fit().firstShare()))
        .sorted(Comparator.comparingInt((TrendResult.Series s) -> moving(s) ? 0 : 1)
            .thenComparingDouble(s -> moving(s) ? -Math.abs(s.fit().change()) : -s.fit().lastShare())
            .thenComparingInt(TrendResult.Series::id))
        .limit(HIGHLIGHTED).map(TrendResult.Series::id).toList();
  }

  /** Long legend entries on two lines, so the legend leaves the plot its width. */
  private static String wrap(String name) {
    if (name.length() <= 34) {
      return name;
    }
    int cut = name.lastIndexOf(' ', 34);
    return cut < 0 ? name : name.substring(0, cut) + "\n" + name.substring(cut + 1);
  }

  private static boolean moving(TrendResult.Series s) {
    return s.fit().verdict() == Verdict.RISING || s.fit().verdict() == Verdict.FALLING;
  }

  /**
   * The x axis label at {@code v}: the period's label at whole numbers, also beyond the last period (the axis runs
   * past the data), and nothing between them. XChart widens its tick spacing until every label it draws differs
   * from the others, so labels must be unique wherever ticks can fall: an empty label for every tick past the data,
   * as an earlier version gave, made it widen for ever.
   */
  static String periodLabel(TrendResult trends, double v) {
    long p = Math.round(v);
    if (Math.abs(v - p) > 1e-6 || Math.abs(p) > 100_000) {
      return "";
    }
    return trends.granularity().label(trends.periods().get(0).key() + (int) p);
  }

  /**
   * The series' Wilson interval as a pale band behind its line: low ends left to right, then high ends back, one
   * closed polygon (periods without papers are left out).
   */
  private static void band(XYChart chart, TrendResult.Series s, Color color) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int p = 0; p < s.low().length; p++) {
      if (!Double.isNaN(s.low()[p])) {
        x.add((double) p);
        y.add(s.low()[p]);
      }
    }
    for (int p = s.high().length - 1; p >= 0; p--) {
      if (!Double.isNaN(s.high()[p])) {
        x.add((double) p);
        y.add(s.high()[p]);
      }
    }
    if (x.size() < 4) {
      return;
    }
    XYSeries band = chart.addSeries("band " + s.id(), x, y);
    band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    band.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 45));
    band.setLineColor(new Color(0, 0, 0, 0));
    band.setMarker(SeriesMarkers.NONE);
    band.setShowInLegend(false);
  }

  static Figure build(ThemeResult themes, TrendResult trends) {
    return build(ThemePalette.of(themes), trends);
  }

  static Figure build(ThemePalette palette, TrendResult trends) {
    boolean verdicts = trends.whyNoVerdict() == null;
    List<Integer> highlight = highlighted(trends);
    TrendResult.Series lead = trends.themes().get(highlight.get(0));
    String title = moving(lead)
        ? String.format(Locale.ROOT, "%s %s from %s to %s of the corpus", lead.name(),
            lead.fit().verdict() == Verdict.RISING ? "rose" : "fell", ChartStyle.percent(lead.fit().firstShare()),
            ChartStyle.percent(lead.fit().lastShare()))
        : !verdicts
            ? "Theme shares by " + trends.granularity().key() + ": too few data to tell a rise or fall"
            : "Theme shares by " + trends.granularity().key() + ": no theme rose or fell clearly";
    // XChart draws the title on one line: smaller type for a long one, and for a theme name too long even then,
    // the same finding with the name left to the legend.
    int room = ChartStyle.WIDTH - 2 * 30 - 20;
    Font titleFont = ChartStyle.fitting(title, ChartStyle.TITLE, room, 26);
    if (titleFont == null) {
      title = title.replace(lead.name(), "The clearest mover (see the legend)");
      titleFont = java.util.Objects.requireNonNullElse(ChartStyle.fitting(title, ChartStyle.TITLE, room, 26),
          ChartStyle.TITLE.deriveFont(26f));
    }
    XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title)
        .xAxisTitle(trends.granularity().key()).yAxisTitle("share of the period's papers").build();
    org.knowm.xchart.style.XYStyler styler = chart.getStyler();
    styler.setChartTitleFont(titleFont);
    styler.setAxisTitleFont(ChartStyle.LABEL);
    styler.setAxisTickLabelsFont(ChartStyle.SMALL);
    styler.setLegendFont(new Font(ChartStyle.FONT, Font.PLAIN, 22));
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setLegendLayout(Styler.LegendLayout.Vertical);
    styler.setYAxisMin(0.0);
    styler.setLocale(Locale.ROOT);
    // Periods are numbered 0, 1, ... on the x axis and labelled as people write them (2024-03, 2024-Q1).
    chart.setCustomXAxisTickLabelsFormatter(v -> periodLabel(trends, v));
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotGridLinesColor(ChartStyle.GRID);
    // Solid grid lines: dashed ones are written to SVG and PDF as thousands of tiny rectangles (a 1 MB chart).
    styler.setPlotGridLinesStroke(new BasicStroke(1f));
    styler.setChartPadding(30);
    styler.setMarkerSize(8);
    styler.setYAxisDecimalPattern("0%");
    List<TrendResult.Series> ordered = new ArrayList<>(trends.themes());
    // Grey context lines first, so the highlighted ones are drawn on top.
    ordered.sort(Comparator.comparingInt((TrendResult.Series s) -> highlight.contains(s.id()) ? 1 : 0)
        .thenComparingInt(s -> highlight.indexOf(s.id())));
    for (TrendResult.Series s : ordered) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (int p = 0; p < trends.periods().size(); p++) {
        if (!Double.isNaN(s.share()[p])) {
          x.add((double) p);
          y.add(s.share()[p]);
        }
      }
      if (x.isEmpty()) {
        continue;
      }
      boolean on = highlight.contains(s.id());
      if (on) {
        band(chart, s, palette.color(s.id()));
      }
      // The verdict in the legend only when there are verdicts: "cannot tell" five times is noise.
      String name = !on ? " ".repeat(s.id() + 1)
          : verdicts ? s.name() + " (" + s.fit().verdict().words() + ")" : s.name();
      name = on ? wrap(name) : name;
      XYSeries series = chart.addSeries(name, x, y);
      series.setLineColor(on ? palette.color(s.id()) : ChartStyle.GRID);
      series.setMarkerColor(on ? palette.color(s.id()) : ChartStyle.GRID);
      series.setMarker(on ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
      series.setLineStyle(new BasicStroke(on ? 5f : 2f));
      series.setShowInLegend(on);
    }
    return Figure.of("theme-trends", title, "Share of each theme per " + trends.granularity().key()
        + "; the " + highlight.size() + " clearest movers (or largest themes) in colour with their "
        + Math.round(100 * dev.landscape.trends.TrendOptions.CONFIDENCE) + "% Wilson intervals as bands, the rest grey",
        chart);
  }
}
