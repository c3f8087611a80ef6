package dev.landscape.output.charts;

import dev.landscape.selection.TopicSweep;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The model-selection chart, in the style of every other chart: one small panel per measure of the sweep against K
 * (coherence, held-out log-likelihood, diversity, stability, and the combined score that chose K), each on its own
 * axis in its own units with its true values at the ends, and how far apart the values are said in the panel's
 * heading ("spread 0.5% of its mean"), so that a tiny difference does not look like a large one. The chosen K is
 * marked in every panel.
 */
public final class SweepChart {
  private static final Color LINE = new Color(0x0072B2);
  private static final Color CHOSEN = new Color(0xD55E00);

  private SweepChart() {}

  /** A measure of the sweep: its name, how to read it from a candidate, and the digits it is printed with. */
  record Measure(String name, ToDoubleFunction<TopicSweep.Candidate> value, int digits) {}

  static final List<Measure> MEASURES = List.of(
      new Measure("coherence (c_npmi, higher is better)", TopicSweep.Candidate::npmi, 3),
      new Measure("held-out log-likelihood per token", TopicSweep.Candidate::heldOut, 3),
      new Measure("diversity (unique top words)", TopicSweep.Candidate::diversity, 3),
      new Measure("stability across seeds", TopicSweep.Candidate::stability, 3),
      new Measure("combined score (mean of the four, each scaled over the K tried)", TopicSweep.Candidate::score,
          2));

  static Figure build(TopicSweep.Result sweep) {
    String title = String.format(Locale.ROOT, "K = %d topics balances coherence, fit, diversity and stability",
        sweep.chosen());
    return new Figure("sweep", title, "Every measure of the sweep over K in its own units, and the chosen K",
        (g, w, h) -> {
          int top = ChartStyle.title(g, title, "Each panel on its own scale; the orange line marks the chosen K", w);
          int columns = 3;
          int panelWidth = (w - 80) / columns;
          int panelHeight = (h - top - 20) / 2;
          for (int i = 0; i < MEASURES.size(); i++) {
            panel(g, sweep, MEASURES.get(i), 40 + (i % columns) * panelWidth, top + (i / columns) * panelHeight,
                panelWidth - 40, panelHeight - 30);
          }
        });
  }

  /** How far apart a measure's values are, relative to their mean size: "spread 0.5% of its mean". */
  static String spread(List<Double> values) {
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double mean = values.stream().mapToDouble(v -> Math.abs(v)).average().orElse(0);
    return mean == 0 ? "all equal" : String.format(Locale.ROOT, "spread %.1f%% of its mean", 100 * (max - min) / mean);
  }

  private static void panel(Graphics2D g, TopicSweep.Result sweep, Measure measure, int x, int y, int w, int h) {
    List<double[]> points = new ArrayList<>();
    for (TopicSweep.Candidate c : sweep.candidates()) {
      double v = measure.value().applyAsDouble(c);
      if (!Double.isNaN(v)) {
        points.add(new double[] {c.topics(), v});
      }
    }
    g.setFont(new Font(ChartStyle.FONT, Font.BOLD, 22));
    g.setColor(ChartStyle.TEXT);
    FontMetrics fm = g.getFontMetrics();
    int lineY = y + fm.getAscent();
    for (String line : ChartStyle.lines(g, measure.name(), w)) {
      g.drawString(line, x, lineY);
      lineY += fm.getHeight();
    }
    g.setFont(ChartStyle.SMALL);
    g.setColor(ChartStyle.MUTED);
    List<Double> values = points.stream().map(p -> p[1]).toList();
    g.drawString(points.isEmpty() ? "not measured" : spread(values), x, lineY);
    if (points.size() < 1) {
      return;
    }
    int plotTop = lineY + 20;
    int plotLeft = x + 110;
    int plotBottom = y + h - 30;
    int plotRight = x + w - 10;
    double minK = points.stream().mapToDouble(p -> p[0]).min().orElse(0);
    double maxK = points.stream().mapToDouble(p -> p[0]).max().orElse(1);
    double minV = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double maxV = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    double padV = maxV == minV ? Math.max(1e-9, Math.abs(maxV) * 0.05) : (maxV - minV) * 0.1;
    double lowV = minV - padV;
    double highV = maxV + padV;
    double spanK = Math.max(1e-9, maxK - minK);
    ToDoubleFunction<Double> px = k -> plotLeft + (k - minK) / spanK * (plotRight - plotLeft);
    ToDoubleFunction<Double> py = v -> plotBottom - (v - lowV) / (highV - lowV) * (plotBottom - plotTop);
    g.setColor(ChartStyle.GRID);
    g.setStroke(new BasicStroke(1f));
    g.drawLine(plotLeft, plotBottom, plotRight, plotBottom);
    g.drawLine(plotLeft, plotTop, plotLeft, plotBottom);
    g.setColor(ChartStyle.MUTED);
    String fmt = "%." + measure.digits() + "f";
    for (double v : new double[] {minV, maxV}) {
      String label = String.format(Locale.ROOT, fmt, v);
      float ly = (float) py.applyAsDouble(v);
      g.drawString(label, plotLeft - 10 - g.getFontMetrics().stringWidth(label), ly + 7);
      g.setColor(ChartStyle.GRID);
      g.draw(new Line2D.Double(plotLeft, ly, plotRight, ly));
      g.setColor(ChartStyle.MUTED);
    }
    for (double[] p : points) {
      String k = Integer.toString((int) p[0]);
      g.drawString(k, (float) (px.applyAsDouble(p[0]) - g.getFontMetrics().stringWidth(k) / 2.0), plotBottom + 24);
    }
    double chosenX = px.applyAsDouble((double) sweep.chosen());
    g.setColor(CHOSEN);
    g.setStroke(new BasicStroke(3f));
    g.draw(new Line2D.Double(chosenX, plotTop, chosenX, plotBottom));
    g.setColor(LINE);
    g.setStroke(new BasicStroke(4f));
    for (int i = 1; i < points.size(); i++) {
      g.draw(new Line2D.Double(px.applyAsDouble(points.get(i - 1)[0]), py.applyAsDouble(points.get(i - 1)[1]),
          px.applyAsDouble(points.get(i)[0]), py.applyAsDouble(points.get(i)[1])));
    }
    for (double[] p : points) {
      double cx = px.applyAsDouble(p[0]);
      double cy = py.applyAsDouble(p[1]);
      g.fill(new java.awt.geom.Ellipse2D.Double(cx - 7, cy - 7, 14, 14));
    }
  }
}
