package dev.landscape.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.trends.Granularity;
import dev.landscape.trends.TrendFit;
import dev.landscape.trends.TrendResult;
import dev.landscape.trends.Verdict;
import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The data behind the charts: layout coordinates, which lines are highlighted, colours. */
class ChartDataTest {
  @Test
  void principalCoordinatesReproduceEuclideanDistances() {
    double[][] points = {{0, 0}, {3, 0}, {0, 4}, {3, 4}, {1, 1}};
    int n = points.length;
    double[][] distance = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        distance[i][j] = Math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1]);
      }
    }
    double[][] placed = DistanceMap.coordinates(distance);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double d = Math.hypot(placed[i][0] - placed[j][0], placed[i][1] - placed[j][1]);
        assertEquals(distance[i][j], d, 1e-9, i + "-" + j);
      }
    }
  }

  private static TrendResult.Series series(int id, double first, double last, Verdict verdict) {
    TrendFit fit = new TrendFit(last - first, 0.01, first, last, 10, verdict);
    return new TrendResult.Series(id, "t" + id, new double[] {100 * first, 100 * last}, new double[] {first, last},
        new double[] {first, last}, new double[] {first, last}, fit, fit);
  }

  @Test
  void trendsHighlightTheClearestMoversThenTheLargest() {
    List<TrendResult.Series> themes = List.of(series(0, 0.30, 0.31, Verdict.STEADY),
        series(1, 0.10, 0.20, Verdict.RISING), series(2, 0.20, 0.05, Verdict.FALLING),
        series(3, 0.05, 0.06, Verdict.STEADY), series(4, 0.02, 0.02, Verdict.STEADY),
        series(5, 0.25, 0.26, Verdict.STEADY), series(6, 0.01, 0.01, Verdict.STEADY));
    TrendResult trends = new TrendResult(Granularity.YEAR, List.of(
        new TrendResult.Period(2024, "2024", java.time.LocalDate.of(2024, 1, 1), 100),
        new TrendResult.Period(2025, "2025", java.time.LocalDate.of(2025, 1, 1), 100)), themes, List.of(),
        new TrendResult.Coverage(200, 0, 0), null, java.util.Optional.empty());
    assertEquals(List.of(2, 1, 0, 5, 3), TrendChart.highlighted(trends));
  }

  /** A theme of one paper reads "1 paper" at its bar's end, not "1 papers". */
  @Test
  void shareBarsCountPapersInTheRightNumber() {
    assertEquals("2.6% · 1 paper", ShareCharts.annotation(1 / 39.0, 1, false));
    assertEquals("21% · 8 papers · unsure", ShareCharts.annotation(8 / 39.0, 8, true));
    assertEquals("50% · 1,500 papers", ShareCharts.annotation(0.5, 1500, false));
  }

  @Test
  void themeColoursDifferAndOtherIsGrey() {
    Set<Color> colours = new HashSet<>();
    for (int t = 0; t < 30; t++) {
      colours.add(ChartStyle.themeColor(t, false));
    }
    assertEquals(30, colours.size(), "thirty themes, thirty colours");
    assertEquals(ChartStyle.GREY, ChartStyle.themeColor(3, true));
    assertNotEquals(ChartStyle.GREY, ChartStyle.themeColor(3, false));
  }

  @Test
  void percentagesReadAsPeopleWriteThem() {
    assertEquals("13%", ChartStyle.percent(0.131));
    assertEquals("2.5%", ChartStyle.percent(0.0249));
    assertTrue(ChartStyle.percent(0).equals("0%"));
  }
}
