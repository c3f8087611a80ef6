package dev.landscape.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 37 (and issue 36's stopword seeds): a seed that alone brings a large share of the corpus into its theme is
 * named in a warning; seeds that do not are not.
 */
class SeedDiagnosticsTest {
  /** The diagnostics of two themes' seeds over {@code texts}, placed by a rule that learned neither theme. */
  private static SeedDiagnostics diagnose(List<ThemeSpec> themes, List<String> texts) {
    SeedEvidence.Scanner scanner = SeedEvidence.scanner(new SeedMatcher(themes));
    PreparedCorpus corpus = TextFixtures.prepare(texts, TextFixtures.keepEverything(), scanner);
    SeedIndex seeds = SeedIndex.build(themes, corpus.vocabulary(), scanner.papersWithSeed());
    SparseRows.Builder rows = new SparseRows.Builder(1);
    for (int d = 0; d < texts.size(); d++) {
      rows.add(new int[0], new float[0], 0);
    }
    ThemeRule rule = new ThemeRule(themes, new boolean[2], new double[] {1, 1}, new double[2][][], null, false);
    SeedEvidence evidence = SeedEvidence.of(corpus.scans(), 2);
    Membership membership = rule.placeAll(evidence, rows.build(), (d, w) -> { }, 3, 2);
    return SeedDiagnostics.of(seeds, evidence, membership);
  }

  @Test
  void aSeedEveryPaperUsesIsNamedAndAPlainOneIsNot() {
    List<ThemeSpec> themes = List.of(new ThemeSpec("Cats", "", List.of("the", "feline"), null),
        new ThemeSpec("Dogs", "", List.of("canine"), null));
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add(i % 25 == 0 ? "a canine and a canine again" : "the cat sat on the mat, the end");
    }
    SeedDiagnostics diagnostics = diagnose(themes, texts);

    assertEquals(List.of("seed 'the' of Cats occurs in 192 papers (96.0% of all): a word that many papers use cannot "
        + "mark a theme"), diagnostics.warnings(0));
    assertTrue(diagnostics.tooCommon(0));
    assertTrue(!diagnostics.tooCommon(1));
    assertEquals(List.of(), diagnostics.warnings(1), "canine alone brings all of its theme's papers, but 4% of all");
    assertEquals(8, diagnostics.seeds().get(2).alone());
    SeedDiagnostics.Seed feline = diagnostics.seeds().get(1);
    assertEquals(0, feline.papers());
    assertTrue(feline.warning().isEmpty());
  }

  /**
   * Two stopwords as the seeds of one theme: each paper names both, so neither alone brings a paper, and together
   * they bring every one (issue 36). Each is named, and the theme's count is unsure. A seed alone bringing most of its
   * theme's members but a minority of the corpus is named without making the theme unsure.
   */
  @Test
  void stopwordSeedsThatNeverComeAloneAreStillNamed() {
    List<ThemeSpec> themes = List.of(new ThemeSpec("Everything", "", List.of("the", "a"), null),
        new ThemeSpec("Cats", "", List.of("cat", "feline"), null));
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add(i % 5 == 0 ? "the cat saw a bird and a cat" : "the dog saw a bird");
    }
    SeedDiagnostics diagnostics = diagnose(themes, texts);
    assertEquals(2, diagnostics.warnings(0).size(), diagnostics.warnings(0).toString());
    assertTrue(diagnostics.warnings(0).get(0).startsWith("seed 'the' of Everything occurs in 200 papers (100.0% of "
        + "all)"), diagnostics.warnings(0).toString());
    assertTrue(diagnostics.tooCommon(0));
    assertEquals(List.of("seed 'cat' alone brings 40 papers (20.0% of all) into Cats"), diagnostics.warnings(1));
    assertTrue(!diagnostics.tooCommon(1));
  }
}
