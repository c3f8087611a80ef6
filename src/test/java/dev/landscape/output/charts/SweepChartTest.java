package dev.landscape.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.selection.TopicSweep;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

/** Rendered, not compared byte for byte: size, not blank, and the data behind the lines. */
class SweepChartTest {
  private static TopicSweep.Result sweep() {
    return new TopicSweep.Result(List.of(
        new TopicSweep.Candidate(5, 0.10, -8.0, 0.9, 0.9, 0.75),
        new TopicSweep.Candidate(10, 0.05, -7.5, 0.8, 0.7, 0.5),
        new TopicSweep.Candidate(15, 0.00, -7.0, 0.7, 0.5, 0.25)), 5, "K = 5 ...", 100, 30, 3);
  }

  @Test
  void rendersASlideSizedNonBlankImage() {
    XYChart chart = SweepChart.build(sweep());
    BufferedImage image = BitmapEncoder.getBufferedImage(chart);
    assertEquals(1920, image.getWidth());
    assertEquals(1080, image.getHeight());
    int background = image.getRGB(5, 5);
    long different = 0;
    for (int x = 0; x < image.getWidth(); x += 7) {
      for (int y = 0; y < image.getHeight(); y += 7) {
        if (image.getRGB(x, y) != background) {
          different++;
        }
      }
    }
    assertTrue(different > 1_000, "the chart draws something: " + different);
    assertTrue(chart.getTitle().contains("K = 5"));
  }

  @Test
  void everyMeasureIsScaledSoTheBestIsOne() {
    assertEquals(List.of(1.0, 0.5, 0.0), SweepChart.scaled(sweep(), 0));
    assertEquals(List.of(0.0, 0.5, 1.0), SweepChart.scaled(sweep(), 1));
  }
}
