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
          // A row label must stay readable where the chart is shown at slide size (about 0.42 of its pixels):
          // rows under READABLE pixels are labelled by theme instead, one label per run of rows of one theme.
          boolean byTopic = (h - 200) / Math.max(1, order.length) >= READABLE;
          int top = ChartStyle.title(g, title, "Darker = more similar word use; rows and columns in the same order"
              + (byTopic ? "" : "; rows labelled by theme (each topic's words: topics.csv)"), w);
          int n = order.length;
          int rowHeight = (h - top - 40) / Math.max(1, n);
          int fontSize = Math.max(12, byTopic ? Math.min(22, rowHeight - 2) : READABLE - 2);
          g.setFont(new Font(ChartStyle.FONT, Font.PLAIN, fontSize));
          FontMetrics fm = g.getFontMetrics();
          List<String> labels = rowLabels(topics, themes, order, byTopic ? 0 : Math.max(1, rowHeight));
          int labelWidth = labels.stream().mapToInt(fm::stringWidth).max().orElse(0);
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
            String label = labels.get(i);
            if (!label.isEmpty()) {
              // A theme's label sits at the middle of its run of rows.
              int run = byTopic ? 1 : runLength(themes, order, i);
              g.drawString(label, x0 - 30 - fm.stringWidth(label),
                  y0 + i * size + (run * size + fm.getAscent()) / 2 - 2);
            }
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

  /** Pixels a row needs for its own label to be readable at slide size. */
  static final int READABLE = 24;

  /**
   * Each row's label, in {@code order}: with {@code rowHeight} 0, the topic's number and words; else the theme's
   * name on the first row of each run of its topics tall enough to hold it ({@link #READABLE} pixels), empty
   * elsewhere (the colour strip still tells the theme).
   */
  static List<String> rowLabels(List<Topic> topics, TopicThemes themes, int[] order, int rowHeight) {
    List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      int theme = themes.themeOf(order[i]);
      boolean first = i == 0 || themes.themeOf(order[i - 1]) != theme;
      labels.add(rowHeight == 0 ? order[i] + " " + DistanceMap.shortLabel(topics.get(order[i]))
          : first && !themes.other()[theme] && runLength(themes, order, i) * rowHeight >= READABLE
              ? themes.names().get(theme) : "");
    }
    return labels;
  }

  /** Rows from {@code i} on whose topics share row {@code i}'s theme. */
  private static int runLength(TopicThemes themes, int[] order, int i) {
    int run = 1;
    while (i + run < order.length && themes.themeOf(order[i + run]) == themes.themeOf(order[i])) {
      run++;
    }
    return run;
  }

  /** The sequential colour of {@code t} in [0, 1]. */
  static Color scale(double t) {
    double x = Math.max(0, Math.min(1, t)) * (SCALE.length - 1);
    int i = Math.min(SCALE.length - 2, (int) x);
    double f = x - i;
    Color a = SCALE[i];
    Color b = SCALE[i + 1];
    return new Color((int) (a.getRed() + (b.getRed() - a.getRed()) * f),
        (int) (a.getGreen() + (b.getGreen() - a.getGreen()) * f),
        (int) (a.getBlue() + (b.getBlue() - a.getBlue()) * f));
  }
}
