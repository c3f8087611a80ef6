package dev.landscape.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.topics.Topic;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The distance map's labels: never two overlapping, each inside the chart, and every topic labelled when there is room. */
class DistanceMapTest {
  private static final Rectangle2D BOUNDS = new Rectangle2D.Double(20, 100, 1500, 900);

  /** {@code n} topics at random places (seeded), crowded into {@code spread} of the chart's width. */
  private static List<DistanceMap.Label> place(int n, double spread, long seed) {
    Random random = new Random(seed);
    List<Topic> topics = new ArrayList<>();
    double[][] centre = new double[n][];
    List<Rectangle2D> taken = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      topics.add(new Topic(k, "word" + k + ", other" + k + ", third", List.of(), random.nextDouble() / n, 0.1, 1));
      double r = 6 + 30 * random.nextDouble();
      centre[k] = new double[] {300 + spread * 1000 * random.nextDouble(), 300 + spread * 500 * random.nextDouble(), r};
      taken.add(new Rectangle2D.Double(centre[k][0] - r / 2, centre[k][1] - r / 2, r, r));
    }
    topics.sort(Comparator.comparingDouble((Topic t) -> -t.tokenShare()));
    // About 11 pixels a character, as the label font is at 20 points.
    return DistanceMap.labels(topics, centre, taken, BOUNDS, s -> 11.0 * s.length(), 24);
  }

  private static void assertNoOverlap(List<DistanceMap.Label> labels) {
    for (int i = 0; i < labels.size(); i++) {
      assertTrue(BOUNDS.contains(labels.get(i).box()) || labels.get(i).text().matches("\\d+"),
          labels.get(i).text() + " inside the chart");
      for (int j = i + 1; j < labels.size(); j++) {
        assertFalse(labels.get(i).box().intersects(labels.get(j).box()),
            labels.get(i).text() + " overlaps " + labels.get(j).text());
      }
    }
  }

  @Test
  void sparseTopicsAreAllLabelledWithoutOverlap() {
    List<DistanceMap.Label> labels = place(12, 1.0, 1);
    assertNoOverlap(labels);
    assertEquals(12, labels.size());
    assertTrue(labels.stream().allMatch(l -> l.text().contains(" ")), "every label has its words");
  }

  @Test
  void crowdedTopicsNeverOverlap() {
    for (long seed = 1; seed <= 20; seed++) {
      assertNoOverlap(place(80, 0.3, seed));
    }
  }
}
