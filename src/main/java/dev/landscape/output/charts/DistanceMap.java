package dev.landscape.output.charts;

import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
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
 * Jensen-Shannon distances, bubble area proportional to the topic's share of tokens, colour for its theme. Labels are
 * placed greedily, largest topic first, at the first of several spots around the bubble that overlaps no label or
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

  static Figure build(List<Topic> topics, ThemeResult themes, double[][] distance) {
    double[][] points = coordinates(distance);
    String title = "Intertopic distance map: " + topics.size() + " topics in " + themes.themes().stream()
        .filter(t -> t.topics().length > 0).count() + " themes";
    return new Figure("distance-map", title, "Topics placed by multidimensional scaling of their Jensen-Shannon "
        + "distances; bubble area = share of tokens, colour = theme", (g, w, h) -> {
          int top = ChartStyle.title(g, title, "Nearby topics use similar words; bubble area is the topic's share "
              + "of all tokens", w);
          int legendWidth = legend(g, themes, w, top, h, false);
          Rectangle2D bounds = new Rectangle2D.Double(20, top, w - legendWidth - 60, h - top - 10);
          paintMap(g, topics, themes, points, new Rectangle2D.Double(60, top + 20, w - legendWidth - 140,
              h - top - 60), bounds);
          legend(g, themes, w, top, h, true);
        });
  }

  /** The theme legend in a column at the right; returns its width. */
  private static int legend(Graphics2D g, ThemeResult themes, int w, int top, int h, boolean draw) {
    List<Theme> shown = themes.themes().stream().filter(t -> t.topics().length > 0).toList();
    // Every theme must fit: the type shrinks with the number of themes (46 themes fit at 13 points).
    int size = Math.max(8, Math.min(22, (h - top - 30) / Math.max(1, shown.size()) - 6));
    g.setFont(new Font(ChartStyle.FONT, Font.PLAIN, size));
    FontMetrics fm = g.getFontMetrics();
    int width = shown.stream().mapToInt(t -> fm.stringWidth(t.name())).max().orElse(0) + size + 20;
    if (draw) {
      int x = w - width - 30;
      int y = top + 20;
      for (Theme t : shown) {
        g.setColor(LandscapeCharts.color(t));
        g.fillOval(x, y, size, size);
        g.setColor(ChartStyle.TEXT);
        g.drawString(t.name(), x + size + 10, y + size - 3);
        y += size + 6;
      }
    }
    return width;
  }

  /** Bubbles go inside {@code area}; labels may use the larger {@code bounds}. */
  private static void paintMap(Graphics2D g, List<Topic> topics, ThemeResult themes, double[][] points,
      Rectangle2D area, Rectangle2D bounds) {
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
      Color color = LandscapeCharts.color(themes.themeOfTopic(t.id()));
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
    for (Topic t : bySize) {
      double[] c = centre[t.id()];
      String label = t.id() + " " + shortLabel(t);
      double width = fm.stringWidth(label);
      double height = fm.getAscent() + fm.getDescent();
      Rectangle2D placed = null;
      double gap = 0;
      for (double[] spot : spots(c[2], width, height)) {
        Rectangle2D box = new Rectangle2D.Double(c[0] + spot[0], c[1] + spot[1], width, height);
        if (bounds.contains(box) && taken.stream().noneMatch(box::intersects)) {
          placed = box;
          gap = spot[2];
          break;
        }
      }
      g.setColor(ChartStyle.TEXT);
      if (placed != null) {
        taken.add(placed);
        if (gap > 20) {
          // A label set further off gets a thin leader line back to its bubble.
          g.setColor(ChartStyle.MUTED);
          g.setStroke(new BasicStroke(1f));
          double lx = Math.max(placed.getMinX(), Math.min(c[0], placed.getMaxX()));
          double ly = Math.max(placed.getMinY(), Math.min(c[1], placed.getMaxY()));
          g.draw(new java.awt.geom.Line2D.Double(c[0], c[1], lx, ly));
          g.setColor(ChartStyle.TEXT);
        }
        g.drawString(label, (float) placed.getX(), (float) (placed.getY() + fm.getAscent()));
      } else {
        String id = Integer.toString(t.id());
        g.drawString(id, (float) (c[0] - fm.stringWidth(id) / 2.0), (float) (c[1] + fm.getAscent() / 2.0 - 2));
      }
    }
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
