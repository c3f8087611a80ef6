package dev.landscape.themes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Seeds found in a paper's own words: what matches, what does not, and how often. */
class SeedMatcherTest {
  private static final SeedMatcher MATCHER = new SeedMatcher(List.of(
      new ThemeSpec("PEFT", "", List.of("LoRA", "prefix tuning", "adapter"), null),
      new ThemeSpec("Alignment", "", List.of("aligned", "human feedback"), null),
      new ThemeSpec("Reasoning", "", List.of("chain of thought", "chain-of-thought", "reasoning"), null)));

  private static int[] count(String text) {
    int[] counts = new int[3];
    MATCHER.count(text, counts);
    return counts;
  }

  @Test
  void caseHyphensSpacesAndPluralsAreForgiven() {
    assertArrayEquals(new int[] {4, 0, 0}, count("LoRA and loras; Prefix-Tuning and prefix tuning"));
    assertArrayEquals(new int[] {2, 0, 0}, count("Adapters beat an adapter"));
    assertArrayEquals(new int[] {0, 1, 0}, count("learning from Human Feedback"));
  }

  @Test
  void aSeedMatchesTheCompoundItLeadsButNotTheOneItEnds() {
    assertArrayEquals(new int[] {1, 0, 0}, count("LoRA-based fine-tuning"));
    assertArrayEquals(new int[] {0, 0, 0}, count("pixel-aligned features"));
    assertArrayEquals(new int[] {0, 1, 0}, count("models aligned with people"));
  }

  @Test
  void overlappingSeedsOfOneThemeCountOnce() {
    // "chain of thought" and "reasoning" are two matches; "chain-of-thought" once, not also as "chain of thought".
    assertArrayEquals(new int[] {0, 0, 2}, count("chain of thought reasoning"));
    assertArrayEquals(new int[] {0, 0, 1}, count("chain-of-thought prompting"));
  }

  @Test
  void theLongestSeedNamesTheWordsWhateverItsTheme() {
    SeedMatcher matcher = new SeedMatcher(List.of(
        new ThemeSpec("Alignment", "", List.of("reward model", "safety alignment"), null),
        new ThemeSpec("Agents", "", List.of("reward"), null),
        new ThemeSpec("Reasoning", "", List.of("process reward model"), null),
        new ThemeSpec("Safety", "", List.of("safety"), null),
        new ThemeSpec("Also reasoning", "", List.of("process reward model"), null)));
    int[] counts = new int[5];
    matcher.count("a process reward model, a reward model, a reward and safety alignment for safety", counts);
    // Equal seeds of two themes count for both; a shorter seed inside a longer one of another theme does not count.
    assertArrayEquals(new int[] {2, 1, 1, 1, 1}, counts);
  }

  /**
   * Issue 37: a seed phrase holding a hyphenated word never matched. Every form of writing one (hyphen, space, run
   * together, slash, Unicode hyphens and dashes, case, plural) matches, from the seed written either way.
   */
  @Test
  void seedPhrasesWithHyphensMatchEveryWayOfWritingThem() {
    java.util.Map<String, String> plurals = new java.util.LinkedHashMap<>();
    plurals.put("low-rank adaptation", "low-rank adaptations");
    plurals.put("next-token prediction", "next-token predictions");
    plurals.put("key-value cache", "key-value caches");
    plurals.put("chain-of-thought prompting", "chain-of-thought promptings");
    plurals.put("parameter-efficient tuning", "parameter-efficient tunings");
    plurals.put("x-ray binaries", "x-ray binary");
    plurals.put("dwarf galaxy", "dwarf galaxies");
    plurals.put("pretraining", "pretrainings");
    plurals.put("encoder/decoder", "encoder/decoders");
    plurals.put("attention bias", "attention biases");
    for (String seed : plurals.keySet()) {
      SeedMatcher matcher = new SeedMatcher(List.of(new ThemeSpec("T", "", List.of(seed), null)));
      String spaced = seed.replace('-', ' ').replace('/', ' ');
      String joined = seed.replace("-", "").replace("/", "");
      for (String written : List.of(seed, spaced, seed.toUpperCase(java.util.Locale.ROOT), plurals.get(seed),
          seed.replace('-', '\u2010'), seed.replace('-', '\u2011'), seed.replace('-', '/'))) {
        assertArrayEquals(new int[] {1}, hits(matcher, "We study " + written + " here."), seed + " in " + written);
      }
      assertArrayEquals(new int[] {1}, hits(matcher, "with " + spaced + "-based models"), seed + ", compound lead");
      if (!joined.equals(seed) && joined.indexOf(' ') < 0) {
        assertArrayEquals(new int[] {1}, hits(matcher, "on " + joined + " again"), seed + " run together");
      }
      SeedMatcher spacedSeed = new SeedMatcher(List.of(new ThemeSpec("T", "", List.of(spaced), null)));
      assertArrayEquals(new int[] {1}, hits(spacedSeed, "We study " + seed + " here."), spaced + " finds " + seed);
    }
    SeedMatcher pretraining = new SeedMatcher(List.of(new ThemeSpec("T", "", List.of("pre-training"), null)));
    assertArrayEquals(new int[] {3}, hits(pretraining, "pretraining, pre-training and pre training"));
  }

  @Test
  void aSeedNeverMatchesTheTailOfACompoundNorPartOfAWord() {
    SeedMatcher matcher = new SeedMatcher(List.of(new ThemeSpec("T", "", List.of("rank adaptation", "ray"), null)));
    assertArrayEquals(new int[] {0}, hits(matcher, "low-rank adaptation of x-ray images; an array"));
    assertArrayEquals(new int[] {2}, hits(matcher, "rank adaptation of a ray"));
  }

  @Test
  void countsPerSeedNameWhichSeedMatched() {
    SeedMatcher matcher = new SeedMatcher(List.of(
        new ThemeSpec("PEFT", "", List.of("lora", "low-rank adaptation", "low rank adaptation"), null),
        new ThemeSpec("Other", "", List.of("adaptation"), null)));
    int[] themes = new int[2];
    int[] seeds = new int[4];
    matcher.count("LoRA is low rank adaptation; domain adaptation differs", themes, seeds);
    assertArrayEquals(new int[] {2, 1}, themes);
    // The third seed is the second written another way: its matches count for the second.
    assertArrayEquals(new int[] {1, 1, 0, 1}, seeds);
  }

  private static int[] hits(SeedMatcher matcher, String text) {
    int[] counts = new int[matcher.themes()];
    matcher.count(dev.landscape.text.TextNormalizer.normalize(text), counts);
    return counts;
  }
}
