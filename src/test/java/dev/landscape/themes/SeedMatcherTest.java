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
}
