package dev.landscape.output.charts;

import dev.landscape.topics.Topic;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The intertopic distance map: topics placed by classical multidimensional scaling (principal coordinates) of their
 * Jensen-Shannon distances, bubble area proportional to the topic's share of tokens, colour for its theme (the
 * {@link #COLOURED_THEMES} first themes, named and largest first; the rest grey, so the legend stays readable on a
 * slide). Labels are placed greedily, largest topic first, at the first of several spots around the bubble that overlaps no label or
 * bubble already drawn; a topic whose every spot is taken shows just its number inside the bubble.
 */
final class DistanceMap {
  private DistanceMap() {}

  /** Principal coordinates: two columns of {@code n} points whose distances approximate {@code distance}. */
  static double[][] coordinates(double[][] distance) {
    int n = distance.length;
    if (n < 3) {
      double[][] flat = new double[n][2];
      for (int i = 0; i < n; i++) {
        flat[i][0] = i == 0 ? 0 : distance[0][i];
      }
      return flat;
    }
    RealMatrix b = MatrixUtils.createRealMatrix(n, n);
    double[] rowMean = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double d2 = distance[i][j] * distance[i][j];
        rowMean[i] += d2 / n;
        total += d2 / ((double) n * n);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        b.setEntry(i, j, -0.5 * (distance[i][j] * distance[i][j] - rowMean[i] - rowMean[j] + total));
      }
    }
    EigenDecomposition eigen = new EigenDecomposition(b);
    double[] values = eigen.getRealEigenvalues();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> -values[i]));
    double[][] points = new double[n][2];
    for (int axis = 0; axis < 2; axis++) {
      int e = order[axis];
      double scale = Math.sqrt(Math.max(0, values[e]));
      double[] vector = eigen.getEigenvector(e).toArray();
      // An eigenvector's sign is arbitrary: fix it so the same model always gives the same picture.
      double sum = 0;
      for (double v : vector) {
        sum += v;
      }
      double sign = sum < 0 ? -1 : 1;
      for (int i = 0; i < n; i++) {
        points[i][axis] = sign * vector[i] * scale;
      }
    }
    return points;
  }

  static Figure build(List<Topic> topics, TopicThemes themes, double[][] distance) {
    double[][] points = coordinates(distance);
    String title = "Intertopic distance map: " + topics.size() + " topics in " + themes.withTopics() + " themes";
    return new Figure("distance-map", title, "Topics placed by multidimensional scaling of their Jensen-Shannon "
        + "distances; bubble area = share of tokens, colour = theme", (g, w, h) -> {
          int top = ChartStyle.title(g, title, "Nearby topics use similar words; bubble area is the topic's share "
              + "of all tokens", w);
          int legendWidth = legend(g, themes, topics, w, top, h, false);
          Rectangle2D bounds = new Rectangle2D.Double(20, top, w - legendWidth - 60, h - top - 10);
          paintMap(g, topics, themes, points, new Rectangle2D.Double(60, top + 20, w - legendWidth - 140,
              h - top - 60), bounds);
          legend(g, themes, topics, w, top, h, true);
        });
  }

  /** Themes the map colours by name; the rest (and Other) are grey, so that the legend stays short. */
  static final int COLOURED_THEMES = 10;

  /**
   * The themes the map colours: of those with topics on it, the first {@link #COLOURED_THEMES} in the palette's
   * order (named themes, then automatic ones, each largest first by papers), so a theme of a thousand papers is
   * never grey while a theme of forty is coloured.
   */
  static List<Integer> coloured(List<Topic> topics, TopicThemes themes) {
    return topics.stream().map(t -> themes.themeOf(t.id())).distinct().filter(t -> !themes.other()[t])
        .sorted(Comparator.comparingInt((Integer t) -> themes.palette().rank(t)).thenComparingInt(t -> t))
        .limit(COLOURED_THEMES).toList();
  }

  /** A topic's colour on the map: its theme's when the theme is coloured, else grey. */
  private static Color color(TopicThemes themes, List<Integer> coloured, Topic topic) {
    int theme = themes.themeOf(topic.id());
    return coloured.contains(theme) ? themes.palette().color(theme) : ChartStyle.GREY;
  }

  /** The legend in a column at the right: the coloured themes, then one grey entry for the rest; its width. */
  private static int legend(Graphics2D g, TopicThemes themes, List<Topic> topics, int w, int top, int h,
      boolean draw) {
    List<Integer> shown = coloured(topics, themes);
    long rest = themes.withTopics() - shown.size();
    List<String> names = new ArrayList<>(shown.stream().map(themes.names()::get).toList());
    if (rest > 0) {
      names.add(rest == 1 ? "1 other theme" : rest + " other themes");
    }
    int size = Math.max(12, Math.min(22, (h - top - 30) / Math.max(1, names.size()) - 6));
    g.setFont(new Font(ChartStyle.FONT, Font.PLAIN, size));
    FontMetrics fm = g.getFontMetrics();
    int width = names.stream().mapToInt(fm::stringWidth).max().orElse(0) + size + 20;
    if (draw) {
      int x = w - width - 30;
      int y = top + 20;
      for (int i = 0; i < names.size(); i++) {
        g.setColor(i < shown.size() ? themes.palette().color(shown.get(i)) : ChartStyle.GREY);
        g.fillOval(x, y, size, size);
        g.setColor(ChartStyle.TEXT);
        g.drawString(names.get(i), x + size + 10, y + size - 3);
        y += size + 6;
      }
    }
    return width;
  }

  /** Bubbles go inside {@code area}; labels may use the larger {@code bounds}. */
  private static void paintMap(Graphics2D g, List<Topic> topics, TopicThemes themes, double[][] points,
      Rectangle2D area, Rectangle2D bounds) {
    List<Integer> coloured = coloured(topics, themes);
    double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (double[] p : points) {
      minX = Math.min(minX, p[0]);
      maxX = Math.max(maxX, p[0]);
      minY = Math.min(minY, p[1]);
      maxY = Math.max(maxY, p[1]);
    }
    double maxShare = topics.stream().mapToDouble(Topic::tokenShare).max().orElse(1);
    double maxRadius = Math.min(area.getWidth(), area.getHeight()) / Math.max(6, Math.sqrt(topics.size()) * 2.2);
    double margin = maxRadius;
    double spanX = Math.max(1e-9, maxX - minX);
    double spanY = Math.max(1e-9, maxY - minY);
    List<Rectangle2D> taken = new ArrayList<>();
    double[][] centre = new double[topics.size()][3];
    for (Topic t : topics) {
      double[] p = points[t.id()];
      double x = area.getX() + margin + (p[0] - minX) / spanX * (area.getWidth() - 2 * margin);
      double y = area.getY() + margin + (maxY - p[1]) / spanY * (area.getHeight() - 2 * margin);
      double r = Math.max(6, maxRadius * Math.sqrt(t.tokenShare() / maxShare));
      centre[t.id()] = new double[] {x, y, r};
    }
    List<Topic> bySize = topics.stream().sorted(Comparator.comparingDouble((Topic t) -> -t.tokenShare())
        .thenComparingInt(Topic::id)).toList();
    for (Topic t : bySize) {
      double[] c = centre[t.id()];
      Color color = color(themes, coloured, t);
      g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 150));
      g.fill(new Ellipse2D.Double(c[0] - c[2], c[1] - c[2], 2 * c[2], 2 * c[2]));
      g.setColor(color.darker());
      g.setStroke(new BasicStroke(1.5f));
      g.draw(new Ellipse2D.Double(c[0] - c[2], c[1] - c[2], 2 * c[2], 2 * c[2]));
      taken.add(new Rectangle2D.Double(c[0] - c[2] * 0.5, c[1] - c[2] * 0.5, c[2], c[2]));
    }
    int fontSize = topics.size() > 60 ? 15 : topics.size() > 30 ? 17 : 20;
    g.setFont(new Font(ChartStyle.FONT, Font.PLAIN, fontSize));
    FontMetrics fm = g.getFontMetrics();
    for (Label label : labels(bySize, centre, taken, bounds, fm::stringWidth, fm.getAscent() + fm.getDescent())) {
      double[] c = centre[label.topic()];
      if (label.leader()) {
        // A label set further off gets a thin leader line back to its bubble.
        g.setColor(ChartStyle.MUTED);
        g.setStroke(new BasicStroke(1f));
        Rectangle2D box = label.box();
        double lx = Math.max(box.getMinX(), Math.min(c[0], box.getMaxX()));
        double ly = Math.max(box.getMinY(), Math.min(c[1], box.getMaxY()));
        g.draw(new java.awt.geom.Line2D.Double(c[0], c[1], lx, ly));
      }
      g.setColor(ChartStyle.TEXT);
      g.drawString(label.text(), (float) label.box().getX(), (float) (label.box().getY() + fm.getAscent()));
    }
  }

  /**
   * A topic's label: its text and the box it takes. {@code leader} when it stands far enough from its bubble to
   * need a line back to it.
   */
  record Label(int topic, String text, Rectangle2D box, boolean leader) {}

  /**
   * Places every topic's label, largest topic first, at the first spot around its bubble whose box lies inside
   * {@code bounds} and overlaps nothing in {@code taken} (the bubbles' cores and the labels placed so far). A topic
   * with no free spot gets just its number, centred in its bubble, and only when that overlaps no label either;
   * else it stays unlabelled (its number is in the report's tables). No two label boxes overlap.
   *
   * @param centre per topic: x, y and radius of its bubble
   * @param width the width of a text in the label font
   */
  static List<Label> labels(List<Topic> bySize, double[][] centre, List<Rectangle2D> taken, Rectangle2D bounds,
      java.util.function.ToDoubleFunction<String> width, double height) {
    List<Label> labels = new ArrayList<>();
    List<Rectangle2D> placedBoxes = new ArrayList<>();
    List<Rectangle2D> blocked = new ArrayList<>(taken);
    for (Topic t : bySize) {
      double[] c = centre[t.id()];
      String text = t.id() + " " + shortLabel(t);
      double w = width.applyAsDouble(text);
      Label placed = null;
      for (double[] spot : spots(c[2], w, height)) {
        Rectangle2D box = new Rectangle2D.Double(c[0] + spot[0], c[1] + spot[1], w, height);
        if (bounds.contains(box) && blocked.stream().noneMatch(box::intersects)) {
          placed = new Label(t.id(), text, box, spot[2] > 20);
          break;
        }
      }
      if (placed == null) {
        String id = Integer.toString(t.id());
        double iw = width.applyAsDouble(id);
        Rectangle2D box = new Rectangle2D.Double(c[0] - iw / 2, c[1] - height / 2, iw, height);
        if (placedBoxes.stream().noneMatch(box::intersects)) {
          placed = new Label(t.id(), id, box, false);
        }
      }
      if (placed != null) {
        labels.add(placed);
        placedBoxes.add(placed.box());
        blocked.add(placed.box());
      }
    }
    return labels;
  }

  /**
   * Offsets of a label's top-left corner around a bubble of radius {@code r} (right, left, above, below, corners),
   * nearest first, each with its gap from the bubble.
   */
  private static List<double[]> spots(double r, double w, double h) {
    List<double[]> spots = new ArrayList<>();
    for (double gap : new double[] {4, 14, 30, 60, 100, 150}) {
      double d = r + gap;
      spots.add(new double[] {d, -h / 2, gap});
      spots.add(new double[] {-d - w, -h / 2, gap});
      spots.add(new double[] {-w / 2, -d - h, gap});
      spots.add(new double[] {-w / 2, d, gap});
      spots.add(new double[] {d * 0.7, -d * 0.7 - h, gap});
      spots.add(new double[] {-d * 0.7 - w, -d * 0.7 - h, gap});
      spots.add(new double[] {d * 0.7, d * 0.7, gap});
      spots.add(new double[] {-d * 0.7 - w, d * 0.7, gap});
      spots.add(new double[] {0, -d - h, gap});
      spots.add(new double[] {-w, -d - h, gap});
      spots.add(new double[] {0, d, gap});
      spots.add(new double[] {-w, d, gap});
    }
    return spots;
  }

  /** The first two words of the topic's label. */
  static String shortLabel(Topic topic) {
    String[] words = topic.label().split(", ");
    return words.length < 2 ? topic.label() : words[0] + ", " + words[1];
  }
}
