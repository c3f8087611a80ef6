package dev.landscape.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary's trend sentence on corpora built for each case: a span too short, too few papers per period, flat
 * shares, and a theme that rises while another falls. Each sentence must follow from the numbers it describes.
 */
class TrendStoryTest {
  /**
   * {@code months} months of {@code perMonth} papers from 2024-01; in month {@code m} the first
   * {@code share.of(m, months)} of the papers belong to theme A, the rest to theme B.
   */
  private static TrendResult corpus(int months, int perMonth, ShareOf share) {
    List<LocalDate> dates = new ArrayList<>();
    List<double[]> weights = new ArrayList<>();
    for (int m = 0; m < months; m++) {
      for (int i = 0; i < perMonth; i++) {
        dates.add(LocalDate.of(2024, 1, 15).plusMonths(m));
        boolean a = i < Math.round(share.of(m, months) * perMonth);
        weights.add(new double[] {a ? 1 : 0, a ? 0 : 1});
      }
    }
    TrendAnalysis.Weights w = TrendFixtures.weights(weights, 2);
    return TrendAnalysis.analyse(dates, w, List.of("A", "B"), w, List.of("A", "B"),
        new TrendOptions(Granularity.MONTH));
  }

  /** Theme A's share in month {@code m} of {@code months}. */
  private interface ShareOf {
    double of(int m, int months);
  }

  @Test
  void aSpanTooShortSaysSoAndNamesTheReasonNotThePaperCount() {
    // Three months of 500 papers, A rising from 10% to 40%: plenty of papers, too few periods.
    TrendResult trends = corpus(3, 500, (m, n) -> 0.1 + 0.15 * m);
    String finding = TrendStory.finding(trends);
    assertEquals("Cannot tell which themes rise or fall: the corpus spans 3 months (2024-01 to 2024-03), and a "
        + "trend needs at least 4 months of 30 papers or more.", finding);
    assertTrue(trends.themes().stream().allMatch(s -> s.fit().verdict().words().equals("cannot tell")));
  }

  @Test
  void tooFewPapersPerPeriodSaysHowManyPeriodsAreUsable() {
    TrendResult trends = corpus(12, 10, (m, n) -> 0.5);
    assertEquals("Cannot tell which themes rise or fall: only 0 of the 12 months have 30 papers or more, and a "
        + "trend needs 4 such months.", TrendStory.finding(trends));
  }

  @Test
  void manyRisersAreNamedUpToThreeAndCounted() {
    List<TrendResult.Series> series = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      TrendFit fit = new TrendFit(0.01, 0.001, 0.1, 0.2 + 0.01 * i, 12, Verdict.RISING);
      series.add(new TrendResult.Series(i, "T" + i, new double[] {500}, new double[0], new double[0], new double[0],
          fit, fit));
    }
    TrendResult trends = new TrendResult(Granularity.MONTH, List.of(), series, List.of(),
        new TrendResult.Coverage(0, 0, 0), null, java.util.Optional.empty());
    assertEquals("Rising: T5 (10.0% to 25.0%); T4 (10.0% to 24.0%); T3 (10.0% to 23.0%); and 3 more; none fell "
        + "clearly.", TrendStory.finding(trends));
  }

  @Test
  void flatSharesSayNoThemeMoved() {
    TrendResult trends = corpus(12, 100, (m, n) -> 0.3);
    assertNull(trends.whyNoVerdict());
    assertEquals("No theme rose or fell clearly over the period.", TrendStory.finding(trends));
  }

  @Test
  void aRisingThemeIsNamedWithItsFirstAndLastShares() {
    TrendResult trends = corpus(24, 100, (m, n) -> 0.1 + 0.3 * m / (n - 1.0));
    TrendResult.Series a = trends.themes().get(0);
    assertEquals(Verdict.RISING, a.fit().verdict());
    String expected = String.format(java.util.Locale.ROOT, "Rising: A (%.1f%% to %.1f%%). Falling: B (%.1f%% to "
        + "%.1f%%).", 100 * a.fit().firstShare(), 100 * a.fit().lastShare(),
        100 * trends.themes().get(1).fit().firstShare(), 100 * trends.themes().get(1).fit().lastShare());
    assertEquals(expected, TrendStory.finding(trends));
    // The per-theme paper counts per period add up to the period's papers (each paper is in exactly one theme).
    for (int p = 0; p < trends.periods().size(); p++) {
      assertEquals(trends.periods().get(p).papers(), trends.themes().get(0).papers()[p]
          + trends.themes().get(1).papers()[p], 1e-9);
    }
  }

  /** Issue 39: a theme too small to carry a trend (fewer than 100 papers over the span) is not named. */
  @Test
  void aSmallThemeIsNotNamedInTheSentence() {
    TrendFit fit = new TrendFit(-0.002, 0.001, 0.004, 0.002, 12, Verdict.FALLING);
    TrendResult.Series small = new TrendResult.Series(0, "Tiny", new double[] {30, 11}, new double[0],
        new double[0], new double[0], fit, fit);
    TrendResult trends = new TrendResult(Granularity.MONTH, List.of(), List.of(small), List.of(),
        new TrendResult.Coverage(0, 0, 0), null, java.util.Optional.empty());
    assertEquals("No theme rose or fell clearly over the period.", TrendStory.finding(trends));
  }
}
