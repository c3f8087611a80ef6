package dev.landscape.output.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;

/**
 * Horizontal bars with their labels on the left and values at the bar ends, drawn with Java 2D (XChart has no
 * horizontal bars). Labels are never cut: the label column takes the width of the longest label, and the font
 * shrinks (down to a floor) when labels would take more than half the width. Negative values extend left of a
 * centre line, for diverging charts, and each bar's value is written on the other side of that line.
 */
final class Bars {
  /** One bar. */
  record Bar(String label, double value, Color color, String annotation) {}

  private Bars() {}

  /**
   * Where a bar's value is written: after its end; on a diverging chart beside the centre line on the side the bar
   * does not take, so that a long bar never runs under its text (issue 39: labels over the negative bars).
   *
   * @param end where the bar ends (its right edge)
   * @param width the text's width
   */
  static int annotationX(Bar bar, boolean diverging, int zero, int end, int width) {
    if (!diverging) {
      return end + 10;
    }
    return bar.value() < 0 ? zero + 10 : zero - 10 - width;
  }

  /** Draws {@code bars} top to bottom inside the box {@code (x, y, width, height)}. */
  static void draw(Graphics2D g, List<Bar> bars, int x, int y, int width, int height, int maxFont) {
    if (bars.isEmpty()) {
      return;
    }
    int rowHeight = Math.min(70, height / bars.size());
    int fontSize = Math.max(12, Math.min(maxFont, (int) (rowHeight * 0.6)));
    Font font = new Font(ChartStyle.FONT, Font.PLAIN, fontSize);
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    int labelWidth = bars.stream().mapToInt(b -> fm.stringWidth(b.label())).max().orElse(0);
    while (labelWidth > width / 2 && fontSize > 12) {
      fontSize--;
      font = new Font(ChartStyle.FONT, Font.PLAIN, fontSize);
      g.setFont(font);
      FontMetrics shrunk = g.getFontMetrics();
      labelWidth = bars.stream().mapToInt(b -> shrunk.stringWidth(b.label())).max().orElse(0);
    }
    FontMetrics metrics = g.getFontMetrics();
    int annotationWidth = bars.stream().mapToInt(b -> metrics.stringWidth(b.annotation())).max().orElse(0);
    double max = bars.stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(1);
    boolean diverging = bars.stream().anyMatch(b -> b.value() < 0);
    int plotLeft = x + labelWidth + 20;
    int plotWidth = width - labelWidth - 20 - annotationWidth - 20;
    int zero = diverging ? plotLeft + plotWidth / 2 : plotLeft;
    double unit = (diverging ? plotWidth / 2.0 : plotWidth) / (max == 0 ? 1 : max);
    int barHeight = (int) (rowHeight * 0.7);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int top = y + i * rowHeight + (rowHeight - barHeight) / 2;
      int length = (int) Math.round(Math.abs(bar.value()) * unit);
      int left = bar.value() < 0 ? zero - length : zero;
      g.setColor(bar.color());
      g.fillRect(left, top, Math.max(1, length), barHeight);
      int baseline = top + (barHeight + metrics.getAscent() - metrics.getDescent()) / 2;
      g.setColor(ChartStyle.TEXT);
      g.drawString(bar.label(), plotLeft - 20 - metrics.stringWidth(bar.label()), baseline);
      g.setColor(ChartStyle.MUTED);
      g.drawString(bar.annotation(), annotationX(bar, diverging, zero, left + length,
          metrics.stringWidth(bar.annotation())), baseline);
    }
    if (diverging) {
      g.setColor(ChartStyle.TEXT);
      g.drawLine(zero, y, zero, y + rowHeight * bars.size());
    }
  }
}
