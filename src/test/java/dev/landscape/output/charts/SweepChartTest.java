package dev.landscape.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.selection.TopicSweep;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rendered, not compared byte for byte: size, not blank, and the data behind the panels. */
class SweepChartTest {
  private static TopicSweep.Result sweep() {
    return new TopicSweep.Result(List.of(
        new TopicSweep.Candidate(5, 0.10, -8.00, 0.9, 0.9, 0.75),
        new TopicSweep.Candidate(10, 0.05, -8.02, 0.8, 0.7, 0.5),
        new TopicSweep.Candidate(15, 0.00, -8.04, 0.7, 0.5, 0.25)), 5, "K = 5 ...", 100, 30, 3);
  }

  @Test
  void rendersASlideSizedNonBlankImage() {
    Figure figure = SweepChart.build(sweep());
    BufferedImage image = new BufferedImage(ChartStyle.WIDTH, ChartStyle.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    ChartStyle.prepare(g, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    figure.painter().paint(g, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    g.dispose();
    long different = 0;
    for (int x = 0; x < image.getWidth(); x += 7) {
      for (int y = 0; y < image.getHeight(); y += 7) {
        if (image.getRGB(x, y) != 0xFFFFFFFF) {
          different++;
        }
      }
    }
    assertTrue(different > 1_000, "the chart draws something: " + different);
    assertTrue(figure.title().contains("K = 5"));
  }

  /** A 0.5% difference in held-out likelihood is said to be 0.5%, not drawn as the whole range of a scaled axis. */
  @Test
  void eachPanelSaysHowFarApartItsValuesAre() {
    assertEquals("spread 0.5% of its mean", SweepChart.spread(List.of(-8.00, -8.02, -8.04)));
    assertEquals("spread 200.0% of its mean", SweepChart.spread(List.of(0.10, 0.05, 0.00)));
    assertEquals(5, SweepChart.MEASURES.size());
  }
}
