package dev.landscape.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;

class TrendAnalysisTest {
  /** Weights given as a matrix: paper by series. */
  private static TrendAnalysis.Weights matrix(double[][] weights, int series) {
    return TrendFixtures.weights(java.util.Arrays.asList(weights), series);
  }

  private static TrendResult analyse(List<LocalDate> dates, double[][] weights, TrendOptions options) {
    int series = weights.length == 0 ? 0 : weights[0].length;
    List<String> names = new ArrayList<>();
    for (int s = 0; s < series; s++) {
      names.add("s" + s);
    }
    return TrendAnalysis.analyse(dates, matrix(weights, series), names, matrix(weights, series), names, options);
  }

  /**
   * Two years of 120 papers a month. Theme 0 is planted rising (from 10% of the papers in the first month to 40% in
   * the last), theme 1 flat at 30% give or take a few papers from month to month (noise, no trend), theme 2 takes
   * the rest (falling). Papers are shuffled within each month.
   */
  @Test
  void findsAPlantedRisingThemeAndAFlatOneSteady() {
    SplittableRandom random = new SplittableRandom(7);
    List<LocalDate> dates = new ArrayList<>();
    List<double[]> weights = new ArrayList<>();
    for (int month = 0; month < 24; month++) {
      int rising = (int) Math.round(120 * (0.10 + 0.30 * month / 23.0));
      int flat = 36 + random.nextInt(-4, 5);
      List<double[]> papers = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        papers.add(i < rising ? new double[] {1, 0, 0} : i < rising + flat ? new double[] {0, 1, 0}
            : new double[] {0, 0, 1});
        dates.add(LocalDate.of(2024, 1, 1).plusMonths(month).plusDays(i % 28));
      }
      Collections.shuffle(papers, new java.util.Random(month));
      weights.addAll(papers);
    }
    TrendResult result = analyse(dates, weights.toArray(double[][]::new), TrendOptions.AUTO);
    assertNull(result.skipped());
    assertEquals(Granularity.MONTH, result.granularity(), "120 papers a month is enough for months");
    assertEquals(24, result.periods().size());
    TrendFit rising = result.themes().get(0).fit();
    assertEquals(Verdict.RISING, rising.verdict());
    assertEquals(0.157, rising.slopePerYear(), 0.03, "0.30 over 23 months is 0.157 a year");
    assertTrue(rising.pValue() < 1e-6);
    assertEquals(Verdict.STEADY, result.themes().get(1).fit().verdict(), result.themes().get(1).fit().toString());
    assertEquals(Verdict.FALLING, result.themes().get(2).fit().verdict());
    for (int p = 0; p < 24; p++) {
      TrendResult.Series s = result.themes().get(1);
      assertTrue(s.low()[p] <= s.share()[p] && s.share()[p] <= s.high()[p]);
    }
  }

  @Test
  void fewPapersPerYearAreYearsWithTooFewData() {
    List<LocalDate> dates = new ArrayList<>();
    List<double[]> weights = new ArrayList<>();
    for (int i = 0; i < 39; i++) {
      dates.add(LocalDate.of(2019 + i % 6, 1 + i % 12, 1));
      weights.add(new double[] {i % 2, 1 - i % 2});
    }
    TrendResult result = analyse(dates, weights.toArray(double[][]::new), TrendOptions.AUTO);
    assertEquals(Granularity.YEAR, result.granularity());
    assertEquals(6, result.periods().size());
    result.themes().forEach(s -> assertEquals(Verdict.TOO_FEW_DATA, s.fit().verdict()));
    assertTrue(Double.isNaN(result.themes().get(0).fit().slopePerYear()));
  }

  @Test
  void undatedPapersAreCountedAndOnePeriodOrNoDatesSkipTrends() {
    List<LocalDate> oneMonth = new ArrayList<>(Collections.nCopies(50, LocalDate.of(2024, 3, 5)));
    oneMonth.add(null);
    double[][] weights = new double[51][] ;
    java.util.Arrays.fill(weights, new double[] {1});
    TrendResult one = analyse(oneMonth, weights, new TrendOptions(Granularity.MONTH));
    assertFalse(one.available());
    assertTrue(one.skipped().contains("one month (2024-03)"), one.skipped());
    assertEquals(1, one.undated());
    assertEquals(50, one.dated());

    List<LocalDate> none = new ArrayList<>(Collections.nCopies(3, (LocalDate) null));
    TrendResult skipped = analyse(none, new double[][] {{1}, {1}, {1}}, TrendOptions.AUTO);
    assertEquals("no paper has a usable date", skipped.skipped());
    assertEquals(3, skipped.undated());
  }

  @Test
  void twoFullMonthsAreComparedByMonthNotLumpedIntoOneYear() {
    // A recent listing: January and February of one year, too short for slopes.
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      dates.add(LocalDate.of(2026, 1 + i % 2, 1 + i % 28));
    }
    assertEquals(Granularity.MONTH, PeriodChooser.choose(dates));
    double[][] weights = new double[dates.size()][];
    java.util.Arrays.fill(weights, new double[] {1});
    TrendResult result = analyse(dates, weights, TrendOptions.AUTO);
    assertEquals(2, result.periods().size());
  }

  @Test
  void wilsonMatchesCommonsMathForWholeCounts() {
    double z = new org.apache.commons.math3.distribution.NormalDistribution().inverseCumulativeProbability(0.975);
    for (int[] c : new int[][] {{10, 3}, {100, 50}, {37, 0}, {5, 5}}) {
      ConfidenceInterval expected = new WilsonScoreInterval().createInterval(c[0], c[1], 0.95);
      double[] ours = TrendAnalysis.wilson(c[1] / (double) c[0], c[0], z);
      assertEquals(expected.getLowerBound(), ours[0], 1e-9);
      assertEquals(expected.getUpperBound(), ours[1], 1e-9);
    }
  }

  @Test
  void periodsAreLabelledAndNumberedConsecutively() {
    assertEquals("2024-03", Granularity.MONTH.label(Granularity.MONTH.keyOf(LocalDate.of(2024, 3, 31))));
    assertEquals("2024-Q2", Granularity.QUARTER.label(Granularity.QUARTER.keyOf(LocalDate.of(2024, 6, 30))));
    assertEquals("2025", Granularity.YEAR.label(Granularity.YEAR.keyOf(LocalDate.of(2025, 12, 31))));
    assertEquals(1, Granularity.MONTH.keyOf(LocalDate.of(2025, 1, 1)) - Granularity.MONTH.keyOf(LocalDate.of(2024, 12, 1)));
    assertEquals(LocalDate.of(2024, 4, 1), Granularity.QUARTER.start(Granularity.QUARTER.keyOf(LocalDate.of(2024, 5, 9))));
  }
}
