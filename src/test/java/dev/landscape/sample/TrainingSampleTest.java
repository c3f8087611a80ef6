package dev.landscape.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.corpus.DatePrecision;
import dev.landscape.corpus.PaperInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TrainingSampleTest {
  /** Papers over 12 months, the first month far larger than the others, and some undated. */
  private static List<PaperInfo> papers(int n) {
    List<PaperInfo> papers = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < n; i++) {
      int month = random.nextDouble() < 0.5 ? 1 : 1 + random.nextInt(12);
      boolean dated = i % 50 != 0;
      papers.add(new PaperInfo("24" + String.format(java.util.Locale.ROOT, "%02d.%05d", month, i), "t" + i,
          List.of(), dated ? LocalDate.of(2024, month, 1) : null, dated ? DatePrecision.MONTH : DatePrecision.NONE));
    }
    return papers;
  }

  private static Set<String> ids(List<PaperInfo> papers, BitSet chosen) {
    Set<String> ids = new TreeSet<>();
    chosen.stream().forEach(d -> ids.add(papers.get(d).id()));
    return ids;
  }

  @Test
  void theSampleHasExactlyTheSizeAskedFor() {
    List<PaperInfo> papers = papers(1_003);
    assertEquals(100, TrainingSample.parse("100", false).select(papers, 1).cardinality());
    assertEquals(251, TrainingSample.parse("25%", false).select(papers, 1).cardinality()); // 250.75
    assertEquals(100, TrainingSample.parse("0.1", true).select(papers, 1).cardinality()); // 100.3
    assertEquals(1_003, TrainingSample.parse("5000", false).select(papers, 1).cardinality(), "all, not more");
    assertEquals(1, TrainingSample.parse("1", true).sizeFor(1_003), "a whole number counts papers");
    assertEquals(1_003, TrainingSample.parse("1.0", true).sizeFor(1_003), "a decimal is a fraction");
  }

  @Test
  void theDrawDependsOnTheSeedAndIdsNotOnTheOrder() {
    List<PaperInfo> papers = papers(2_000);
    List<PaperInfo> shuffled = new ArrayList<>(papers);
    Collections.shuffle(shuffled, new Random(3));
    for (boolean byMonth : new boolean[] {false, true}) {
      TrainingSample sample = TrainingSample.parse("10%", byMonth);
      assertEquals(ids(papers, sample.select(papers, 1)), ids(shuffled, sample.select(shuffled, 1)));
      assertTrue(!ids(papers, sample.select(papers, 1)).equals(ids(papers, sample.select(papers, 2))),
          "another seed, another sample");
    }
  }

  /** What a Spark job does: draw over parts, serialized as they travel, and merge; the sample of the whole. */
  @Test
  void drawsOverPartsMergeIntoTheDrawOverTheWhole() throws Exception {
    List<PaperInfo> papers = papers(2_000);
    for (boolean byMonth : new boolean[] {false, true}) {
      TrainingSample sample = TrainingSample.parse("7%", byMonth);
      java.util.Map<String, Long> sizes = new java.util.HashMap<>();
      papers.forEach(p -> sizes.merge(sample.stratumOf(p), 1L, Long::sum));
      java.util.Map<String, Long> quotas = SampleDraw.quotas(sample, sizes);
      SampleDraw merged = null;
      for (int part = 0; part < 3; part++) {
        SampleDraw draw = new SampleDraw(quotas, 1);
        for (int d = part; d < papers.size(); d += 3) {
          draw.offer(sample.stratumOf(papers.get(d)), papers.get(d).id());
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
          out.writeObject(draw);
        }
        SampleDraw travelled = (SampleDraw) new java.io.ObjectInputStream(
            new java.io.ByteArrayInputStream(bytes.toByteArray())).readObject();
        merged = merged == null ? travelled : merged.merge(travelled);
      }
      assertEquals(ids(papers, sample.select(papers, 1)), new TreeSet<>(merged.ids()));
      assertEquals(140, merged.ids().size());
    }
  }

  @Test
  void byMonthEveryMonthGivesItsShare() {
    List<PaperInfo> papers = papers(3_000);
    BitSet chosen = TrainingSample.parse("10%", true).select(papers, 1);
    java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
    for (int d = 0; d < papers.size(); d++) {
      int[] c = counts.computeIfAbsent(TrainingSample.stratum(papers.get(d)), k -> new int[2]);
      c[0]++;
      c[1] += chosen.get(d) ? 1 : 0;
    }
    assertEquals(13, counts.size(), "12 months and the undated");
    counts.forEach((month, c) -> assertTrue(Math.abs(c[1] - c[0] * 0.1) < 1, month + ": " + c[1] + " of " + c[0]));
  }

  @Test
  void largestRemainderQuotasAddUpAndStayWithinTheirStrata() {
    assertArrayEquals(new long[] {4, 3, 3}, Quotas.largestRemainder(new long[] {10, 10, 10}, 10));
    assertArrayEquals(new long[] {1, 0, 0}, Quotas.largestRemainder(new long[] {5, 1, 1}, 1));
    assertArrayEquals(new long[] {5, 1, 1}, Quotas.largestRemainder(new long[] {5, 1, 1}, 99));
    Random random = new Random(11);
    for (int trial = 0; trial < 200; trial++) {
      long[] sizes = random.longs(1 + random.nextInt(20), 0, 50).toArray();
      long total = random.nextInt(400);
      long[] quota = Quotas.largestRemainder(sizes, total);
      assertEquals(Math.min(total, java.util.Arrays.stream(sizes).sum()), java.util.Arrays.stream(quota).sum());
      for (int s = 0; s < sizes.length; s++) {
        assertTrue(quota[s] <= sizes[s]);
      }
    }
  }

  @Test
  void badSizesAreRefusedNamingTheOption() {
    for (String bad : new String[] {"0", "0%", "150%", "1.5", "-3", "ten", ""}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> TrainingSample.parse(bad, false), bad);
      assertTrue(e.getMessage().startsWith("--train-sample must be"), e.getMessage());
    }
    assertEquals("12.5% of the papers, stratified by month", TrainingSample.parse("0.125", true).describe());
    assertEquals("5,000 papers, uniform", TrainingSample.parse("5000", false).describe());
  }
}
