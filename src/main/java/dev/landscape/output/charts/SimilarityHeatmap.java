package dev.landscape.output.charts;

import dev.landscape.themes.TopicClustering;
import dev.landscape.topics.Topic;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;

/**
 * Topic similarity (1 - Jensen-Shannon distance) as a heatmap, topics in dendrogram leaf order so that similar
 * topics sit together; a colour-blind-safe sequential scale (light yellow to dark blue, after viridis) and a theme
 * colour strip beside each row.
 */
final class SimilarityHeatmap {
  private static final Color[] SCALE = {new Color(0xFDE725), new Color(0x5EC962), new Color(0x21918C),
      new Color(0x3B528B), new Color(0x440154)};

  private SimilarityHeatmap() {}

  static Figure build(List<Topic> topics, TopicThemes themes, double[][] distance) {
    int[] order = TopicClustering.leafOrder(distance);
    String title = "Topic similarity: similar topics sit together";
    return new Figure("topic-similarity", title, "Similarity (1 - Jensen-Shannon distance) of every pair of topics, "
        + "in dendrogram order; the strip shows each topic's theme", (g, w, h) -> {
          int top = ChartStyle.title(g, title, "Darker = more similar word use; rows and columns in the same order",
              w);
          int n = order.length;
          int fontSize = Math.max(10, Math.min(20, (h - top - 40) / Math.max(1, n) - 2));
          g.setFont(new Font(ChartStyle.FONT, Font.PLAIN, fontSize));
          FontMetrics fm = g.getFontMetrics();
          int labelWidth = 0;
          for (int k : order) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(label(topics.get(k))));
          }
          int size = Math.max(1, Math.min((h - top - 40) / Math.max(1, n), (w - labelWidth - 400) / Math.max(1, n)));
          int x0 = 40 + labelWidth + 30;
          int y0 = top + 10;
          double max = 0;
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              if (i != j) {
                max = Math.max(max, 1 - distance[i][j]);
              }
            }
          }
          for (int i = 0; i < n; i++) {
            int a = order[i];
            g.setColor(ChartStyle.TEXT);
            String label = label(topics.get(a));
            g.drawString(label, x0 - 30 - fm.stringWidth(label), y0 + i * size + (size + fm.getAscent()) / 2 - 2);
            g.setColor(themes.palette().color(themes.themeOf(a)));
            g.fillRect(x0 - 22, y0 + i * size, 14, size);
            for (int j = 0; j < n; j++) {
              int b = order[j];
              double similarity = a == b ? max : 1 - distance[a][b];
              g.setColor(scale(max == 0 ? 0 : similarity / max));
              g.fillRect(x0 + j * size, y0 + i * size, size, size);
            }
          }
          // The colour key.
          int keyX = x0 + n * size + 40;
          g.setFont(ChartStyle.SMALL);
          for (int s = 0; s <= 100; s++) {
            g.setColor(scale(1 - s / 100.0));
            g.fillRect(keyX, y0 + s * 4, 30, 4);
          }
          g.setColor(ChartStyle.TEXT);
          g.drawString(String.format(java.util.Locale.ROOT, "%.2f", max), keyX + 40, y0 + 16);
          g.drawString("0", keyX + 40, y0 + 404);
          g.drawString("similarity", keyX, y0 + 440);
        });
  }

  private static String label(Topic topic) {
    return topic.id() + " " + DistanceMap.shortLabel(topic);
  }

  /** The sequential colour of {@code t} in [0, 1]. */
  static Color scale(double t) {
    double x = Math.max(0, Math.min(1, t)) * (SCALE.length - 1);
    int i = Math.min(SCALE.length - 2, (int) x);
    double f = x - i;
    Color a = SCALE[i];
    Color b = SCALE[i + 1];
    return new Color((int) (a.getRed() + (b.getRed() - a.getRed()) * f),
        (int) (a.getGreen() + (b.getGreen() - a.getGreen()) * f), (int) (a.getBlue() + (b.getBlue() - a.getBlue()) * f));
  }
}
