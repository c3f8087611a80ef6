package dev.landscape.output.charts;

import dev.landscape.selection.TopicSweep;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The model-selection chart: every score of a sweep against K, each scaled to 0..1 over the values tried (1 =
 * best), with the combined score in bold and the chosen K marked. Colours are Okabe-Ito, safe for colour-blind
 * readers.
 */
public final class SweepChart {
  static final Color[] OKABE_ITO = {new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73),
      new Color(0xCC79A7), new Color(0x000000)};

  private SweepChart() {}

  /** The chart, 1920 x 1080. */
  public static XYChart build(TopicSweep.Result sweep) {
    XYChart chart = new XYChartBuilder().width(1920).height(1080)
        .title(String.format(Locale.ROOT, "K = %d topics balances coherence, fit, diversity and stability",
            sweep.chosen()))
        .xAxisTitle("number of topics K").yAxisTitle("score, scaled over the values tried (1 = best)").build();
    XYStyler styler = chart.getStyler();
    styler.setChartTitleFont(new Font(ChartStyle.FONT, Font.BOLD, 40));
    styler.setAxisTitleFont(new Font(ChartStyle.FONT, Font.PLAIN, 28));
    styler.setAxisTickLabelsFont(new Font(ChartStyle.FONT, Font.PLAIN, 24));
    styler.setLegendFont(new Font(ChartStyle.FONT, Font.PLAIN, 26));
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotGridLinesColor(new Color(0xDDDDDD));
    styler.setChartPadding(30);
    styler.setYAxisDecimalPattern("0.0");
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(1.05);

    List<Double> ks = sweep.candidates().stream().map(c -> (double) c.topics()).toList();
    addSeries(chart, "coherence (c_npmi)", ks, scaled(sweep, 0), OKABE_ITO[0], 3f);
    addSeries(chart, "held-out log-likelihood", ks, scaled(sweep, 1), OKABE_ITO[1], 3f);
    addSeries(chart, "diversity", ks, scaled(sweep, 2), OKABE_ITO[2], 3f);
    addSeries(chart, "stability", ks, scaled(sweep, 3), OKABE_ITO[3], 3f);
    addSeries(chart, "combined score", ks, sweep.candidates().stream().map(TopicSweep.Candidate::score).toList(),
        OKABE_ITO[4], 6f);
    XYSeries chosen = chart.addSeries("chosen K = " + sweep.chosen(), List.of((double) sweep.chosen()),
        List.of(sweep.candidates().stream().filter(c -> c.topics() == sweep.chosen()).findFirst().orElseThrow()
            .score()));
    chosen.setMarker(SeriesMarkers.DIAMOND);
    chosen.setMarkerColor(new Color(0xD55E00));
    chosen.setLineStyle(SeriesLines.NONE);
    styler.setMarkerSize(24);
    return chart;
  }

  private static void addSeries(XYChart chart, String name, List<Double> x, List<Double> y, Color color, float width) {
    XYSeries series = chart.addSeries(name, x, y);
    series.setLineColor(color);
    series.setMarkerColor(color);
    series.setMarker(SeriesMarkers.CIRCLE);
    series.setLineStyle(new BasicStroke(width));
  }

  /** Measure {@code m} (0 c_npmi, 1 held-out, 2 diversity, 3 stability) min-max scaled over the candidates. */
  static List<Double> scaled(TopicSweep.Result sweep, int m) {
    List<Double> values = new ArrayList<>();
    for (TopicSweep.Candidate c : sweep.candidates()) {
      values.add(switch (m) {
        case 0 -> c.npmi();
        case 1 -> c.heldOut();
        case 2 -> c.diversity();
        default -> c.stability();
      });
    }
    double min = values.stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).min().orElse(0);
    double max = values.stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).max().orElse(0);
    return values.stream().map(v -> v.isNaN() || max == min ? 0.5 : (v - min) / (max - min)).toList();
  }
}
