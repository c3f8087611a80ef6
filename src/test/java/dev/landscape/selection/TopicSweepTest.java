package dev.landscape.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep's choice of K, and the ranges it tries. */
class TopicSweepTest {
  @Test
  void theRuleAveragesNormalizedScoresAndPrefersTheSmallerKOnTies() {
    // rows: K, npmi, held-out, diversity, stability
    List<double[]> raw = List.of(
        new double[] {5, 0.10, -8.0, 0.9, 0.9},   // best on three measures, worst likelihood
        new double[] {10, 0.05, -7.5, 0.8, 0.7},
        new double[] {15, 0.00, -7.0, 0.7, 0.5}); // best likelihood only
    TopicSweep.Result result = TopicSweep.choose(raw, 100);
    assertEquals(5, result.chosen());
    assertEquals(0.75, result.candidates().get(0).score(), 1e-12);
    assertTrue(result.explanation().startsWith("K = 5 has the best balance of the 3 values tried"));

    List<double[]> tied = List.of(new double[] {4, 1, 1, 1, 1}, new double[] {6, 1, 1, 1, 1});
    assertEquals(4, TopicSweep.choose(tied, 100).chosen());
  }

  @Test
  void rangesParseAndAutoFitsTheCorpus() {
    assertEquals(List.of(5, 10, 15), TopicRange.parse("5:15:5").values());
    assertEquals(List.of(2, 3, 4), TopicRange.parse("2:4").values());
    assertThrows(IllegalArgumentException.class, () -> TopicRange.parse("1:4:1"));
    assertThrows(IllegalArgumentException.class, () -> TopicRange.parse("9:4:1"));
    assertThrows(IllegalArgumentException.class, () -> TopicRange.parse("a:b"));
    assertEquals("2:12:1", TopicRange.auto(39, 0).toString());
    assertEquals("6:60:6", TopicRange.auto(78_240, 0).toString());
    // Thirteen named themes need 13 + 4 topics: no K below that is tried, so none leaves a theme without a topic.
    assertEquals("17:21:1", TopicRange.auto(39, 13).toString());
    assertEquals("17:60:6", TopicRange.auto(78_240, 13).toString());
    assertEquals("5:5:1", TopicRange.auto(5, 13).toString(), "a tiny corpus tries as many topics as papers");
  }

}
