package dev.landscape.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 39: a change in what the corpus collects is not a trend. Corpora made for each case: two categories, the
 * second's share of each month's papers stepping from 10% to 40% half way (as a digest adding a sub-field); themes
 * whose share within each category is flat, or rises.
 */
class MixAdjustmentTest {
  private static final int MONTHS = 24;
  private static final int PER_MONTH = 200;

  /** Theme 0: flat within each category (60% of category B, 10% of A). Theme 1: rises within both. */
  private static TrendResult corpus(boolean mixShifts) {
    SplittableRandom random = new SplittableRandom(11);
    List<LocalDate> dates = new ArrayList<>();
    List<List<String>> categories = new ArrayList<>();
    List<double[]> weights = new ArrayList<>();
    for (int month = 0; month < MONTHS; month++) {
      double shareB = !mixShifts ? 0.25 : month < MONTHS / 2 ? 0.10 : 0.40;
      double rise = 0.05 + 0.25 * month / (MONTHS - 1.0);
      for (int i = 0; i < PER_MONTH; i++) {
        boolean b = random.nextDouble() < shareB;
        dates.add(LocalDate.of(2024, 1, 1).plusMonths(month).plusDays(i % 28));
        categories.add(List.of(b ? "astro-ph.CO" : "astro-ph.SR", "astro-ph.GA"));
        weights.add(new double[] {random.nextDouble() < (b ? 0.6 : 0.1) ? 1 : 0,
            random.nextDouble() < rise ? 1 : 0});
      }
    }
    TrendAnalysis.Weights themes = TrendFixtures.weights(weights, 2);
    TrendResult trends = TrendAnalysis.analyse(dates, themes, List.of("Cosmology", "Rising"), themes,
        List.of("t0", "t1"), new TrendOptions(Granularity.MONTH));
    return MixAdjustment.apply(trends, dates, categories, themes);
  }

  @Test
  void aMixShiftWithFlatWithinCategorySharesIsNoTrend() {
    TrendResult trends = corpus(true);
    assertTrue(trends.mix().isPresent(), "the step in the category mix is found");
    assertEquals("astro-ph.CO", trends.mix().get().mover());
    TrendResult.Series cosmology = trends.themes().get(0);
    assertEquals(Verdict.RISING, cosmology.observed().verdict(), "in the corpus its share rises with the step");
    assertEquals(Verdict.MIX, cosmology.fit().verdict(), "at a fixed mix it is flat: a mix shift, not a trend");
    assertFalse(TrendStory.finding(trends).contains("Rising: Cosmology"), TrendStory.finding(trends));
    assertTrue(TrendStory.finding(trends).contains("The corpus's own mix changed: astro-ph.CO went from"));
    assertEquals(Verdict.RISING, trends.themes().get(1).fit().verdict(), "a rise within the categories stays one");
  }

  @Test
  void aStableMixChangesNothing() {
    TrendResult trends = corpus(false);
    assertTrue(trends.mix().isEmpty());
    for (TrendResult.Series s : trends.themes()) {
      assertEquals(s.observed(), s.fit());
    }
    assertEquals(Verdict.STEADY, trends.themes().get(0).fit().verdict());
  }

  /** A verdict agrees with its own numbers: a significant slope with little change is unclear, never steady. */
  @Test
  void verdictsAgreeWithTheirNumbers() {
    assertEquals(Verdict.UNCLEAR, TrendFit.verdict(0.093, 0.02, 0.267, 0.275));
    assertEquals(Verdict.STEADY, TrendFit.verdict(0.001, 0.6, 0.267, 0.275));
    assertEquals(Verdict.UNCLEAR, TrendFit.verdict(0.05, 0.3, 0.10, 0.20), "a big change the line does not bear");
    assertEquals(Verdict.RISING, TrendFit.verdict(0.05, 0.001, 0.10, 0.20));
    assertEquals(Verdict.UNCLEAR, TrendFit.verdict(-0.05, 0.001, 0.10, 0.20), "slope and change disagree");
  }
}
