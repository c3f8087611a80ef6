package dev.landscape.output.charts;

import java.awt.Graphics2D;

/**
 * A chart ready to draw: a builder makes it from results, {@link ChartWriter} draws it into PNG, SVG and PDF. Charts
 * drawn by XChart and charts drawn directly with Java 2D (horizontal bars, maps, heatmaps, which XChart lacks) are
 * both figures, so every chart gets the same formats, size and footer.
 *
 * @param name the file name without extension ({@code theme-share})
 * @param title the chart's title, which states its finding
 * @param shows one line on what the chart shows, for charts/index.csv
 * @param painter draws the chart into a {@code width x height} area at the origin
 */
public record Figure(String name, String title, String shows, Painter painter) {
  /** Draws a chart. */
  @FunctionalInterface
  public interface Painter {
    void paint(Graphics2D g, int width, int height);
  }

  /** A figure drawn by an XChart chart. */
  public static Figure of(String name, String title, String shows,
      org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    return new Figure(name, title, shows, chart::paint);
  }
}
