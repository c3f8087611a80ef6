package dev.landscape.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The strongest papers a landscape aggregated from shards names: the same whatever the order the papers come in and
 * however they are split into shards, and equal to sorting them all (highest score, then smaller id).
 */
class StrongestPapersTest {
  @Test
  void anyOrderAndAnySplitKeepTheSortedTop() {
    Random random = new Random(3);
    List<StrongestPapers.Paper> papers = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      // Few distinct scores, so that ties (broken by id) are common.
      papers.add(new StrongestPapers.Paper(random.nextInt(20) / 20.0, String.format("p%04d", random.nextInt(10_000)),
          "title " + i));
    }
    List<StrongestPapers.Paper> sorted = papers.stream().sorted(Comparator
        .comparingDouble(StrongestPapers.Paper::score).reversed().thenComparing(StrongestPapers.Paper::id)).toList();
    for (int trial = 0; trial < 20; trial++) {
      Collections.shuffle(papers, random);
      int shards = 1 + random.nextInt(7);
      List<StrongestPapers> parts = new ArrayList<>();
      for (int s = 0; s < shards; s++) {
        parts.add(new StrongestPapers(5));
      }
      for (StrongestPapers.Paper p : papers) {
        parts.get(random.nextInt(shards)).offer(p.score(), p.id(), p.title());
      }
      StrongestPapers all = parts.get(0);
      for (StrongestPapers part : parts.subList(1, shards)) {
        all.merge(part);
      }
      assertEquals(sorted.subList(0, 5).stream().map(StrongestPapers.Paper::id).toList(),
          all.papers().stream().map(StrongestPapers.Paper::id).toList(), "trial " + trial);
    }
  }
}
