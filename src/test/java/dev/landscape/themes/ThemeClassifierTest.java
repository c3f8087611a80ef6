package dev.landscape.themes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.text.PaperScans;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Membership learned from seed carriers, on a corpus made for it: 400 papers about a theme (half of them name its
 * seeds), 60 that name a seed in passing while reading like the rest, 150 that only touch the theme's words, and
 * 1,390 others.
 */
class ThemeClassifierTest {
  private static final int THEME = 400;
  private static final int PASSING = 60;
  private static final int TOUCHING = 150;
  private static final int PAPERS = 2_000;

  @Test
  void aPaperThatNeverNamesTheSeedsJoinsOnlyWhenItReadsLikeATypicalCarrier() {
    Random random = new Random(5);
    SparseRows.Builder rows = new SparseRows.Builder(40);
    byte[] scans = new byte[PAPERS * 2];
    List<String> ids = new ArrayList<>();
    for (int d = 0; d < PAPERS; d++) {
      ids.add(String.format(java.util.Locale.ROOT, "p%05d", d));
      boolean theme = d < THEME;
      boolean touching = d >= THEME + PASSING && d < THEME + PASSING + TOUCHING;
      // Theme papers use words 0-9 mostly; the rest words 10-39; touching papers one theme word among many others.
      TreeSet<Integer> words = new TreeSet<>();
      for (int w = 0; w < 12; w++) {
        boolean themeWord = theme ? random.nextDouble() < 0.8 : touching && w == 0;
        words.add(themeWord ? random.nextInt(10) : 10 + random.nextInt(30));
      }
      int[] idx = words.stream().mapToInt(Integer::intValue).toArray();
      float[] val = new float[idx.length];
      Arrays.fill(val, 1f);
      rows.add(idx, val, idx.length);
      boolean carries = (theme && d % 2 == 0) || (d >= THEME && d < THEME + PASSING);
      scans[2 * d + 1] = (byte) (carries ? 2 : 0); // seeds twice in the abstract
    }
    SeedEvidence evidence = SeedEvidence.of(new PaperScans(2, scans), 1);
    Membership m = ThemeClassifier.classify(rows.build(), evidence, ids, 2).membership();
    assertTrue(m.learned()[0]);

    double[] carried = java.util.stream.IntStream.range(0, PAPERS).filter(d -> evidence.carries(d, 0))
        .mapToDouble(d -> m.score(d, 0)).sorted().toArray();
    double median = carried[carried.length / 2];
    int themeNonCarriersIn = 0;
    int touchingIn = 0;
    for (int d = 0; d < PAPERS; d++) {
      if (evidence.carries(d, 0)) {
        assertTrue(m.member(d, 0), "a carrier belongs: " + d);
        continue;
      }
      if (m.member(d, 0)) {
        assertTrue(m.score(d, 0) >= median, "a non-carrier member scores at least the median carrier: " + d);
      }
      themeNonCarriersIn += d < THEME && m.member(d, 0) ? 1 : 0;
      touchingIn += d >= THEME + PASSING && d < THEME + PASSING + TOUCHING && m.member(d, 0) ? 1 : 0;
    }
    // They read like the carriers, so about half of them score above the median carrier: the bar's price, in a
    // corpus whose seeds name only half of a theme's papers (measured: 103 of 200).
    assertTrue(themeNonCarriersIn >= 80, "theme papers that never name the seeds are found: "
        + themeNonCarriersIn + " of 200");
    assertTrue(touchingIn <= 5, "papers that only touch the theme's words stay out: " + touchingIn);
  }
}
