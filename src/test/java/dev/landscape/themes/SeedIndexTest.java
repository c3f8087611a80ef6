package dev.landscape.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextFixtures;
import dev.landscape.text.Vocabulary;
import dev.landscape.topics.TopicSeeding;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedIndexTest {
  private static List<String> matched(SeedIndex index, Vocabulary vocabulary, int theme) {
    return Arrays.stream(index.terms(theme)).mapToObj(vocabulary::word).sorted().toList();
  }

  @Test
  void aSeedNamesTheCompoundsItLeadsButNotThoseItEnds() {
    PreparedCorpus corpus = TextFixtures.prepare(List.of("pixel-aligned features", "aligned models",
        "LoRA-based tuning", "safety-critical systems"));
    Vocabulary vocabulary = corpus.vocabulary();
    SeedIndex index = SeedIndex.build(List.of(new ThemeSpec("Alignment", "", List.of("aligned"), null),
        new ThemeSpec("PEFT", "", List.of("lora"), null)), vocabulary);
    assertEquals(List.of("aligned"), matched(index, vocabulary, 0));
    assertEquals(List.of("lora-based"), matched(index, vocabulary, 1));
  }

  @Test
  void seedsMatchTermsAndThePhrasesThatContainThem() {
    PreparedCorpus corpus = TextFixtures.prepare(List.of(
        "LoRA adapters for a large language model", "prefix-tuning of language model", "retrieval of documents"));
    Vocabulary vocabulary = corpus.vocabulary();
    List<ThemeSpec> themes = List.of(
        new ThemeSpec("PEFT", "", List.of("lora", "adapter", "Prefix Tuning", "bitfit"), null),
        new ThemeSpec("LM", "", List.of("language"), null),
        new ThemeSpec("Retrieval", "", List.of("retrieval"), null));
    SeedIndex index = SeedIndex.build(themes, vocabulary);
    assertEquals(List.of("adapter", "lora", "prefix-tuning"), matched(index, vocabulary, 0));
    assertEquals(List.of("language"), matched(index, vocabulary, 1));
    assertEquals(List.of(0, 1, 2), Arrays.stream(index.presentThemes()).boxed().toList());
  }

  @Test
  void eachTermRemembersTheLongestSeedOfItsThemeThatNamesIt() {
    PreparedCorpus corpus = TextFixtures.prepare(List.of("prefix-tuning helps", "tuning knobs"));
    Vocabulary vocabulary = corpus.vocabulary();
    SeedIndex index = SeedIndex.build(List.of(
        new ThemeSpec("Tuning", "", List.of("tuning", "prefix tuning", "knob"), null)), vocabulary);
    int[] terms = index.terms(0);
    int[] seeds = index.seedsOfTerms(0);
    java.util.Map<String, Integer> seedOf = new java.util.TreeMap<>();
    for (int i = 0; i < terms.length; i++) {
      seedOf.put(vocabulary.word(terms[i]), seeds[i]);
    }
    assertEquals(java.util.Map.of("prefix-tuning", 1, "tuning", 0, "knob", 2), seedOf);
  }

  @Test
  void seedingLeavesOneTopicFreeAndPointsSeedTermsToTheirThemesTopic() {
    PreparedCorpus corpus = TextFixtures.prepare(List.of("lora adapter", "retrieval index", "graph node"));
    Vocabulary vocabulary = corpus.vocabulary();
    SeedIndex index = SeedIndex.build(List.of(new ThemeSpec("PEFT", "", List.of("lora"), null),
        new ThemeSpec("Absent", "", List.of("diffusion"), null),
        new ThemeSpec("Retrieval", "", List.of("retrieval"), null)), vocabulary);
    TopicSeeding seeding = index.seeding(3, 0.9);
    int lora = vocabulary.words().indexOf("lora");
    int retrieval = vocabulary.words().indexOf("retrieval");
    assertEquals(0, seeding.topicOfTerm()[lora]);
    assertEquals(1, seeding.topicOfTerm()[retrieval]); // the absent theme takes no topic
    assertEquals(-1, seeding.topicOfTerm()[vocabulary.words().indexOf("graph")]);
    // With two topics only the first present theme is seeded: one topic stays free.
    assertEquals(-1, index.seeding(2, 0.9).topicOfTerm()[retrieval]);
  }

  /**
   * Issue 37: missing_seeds listed seeds the corpus uses ("dwarf galaxies" in 476 papers) because it looked for them
   * among the vocabulary's terms. A seed is missing only when no paper's title or abstract names it.
   */
  @Test
  void aSeedIsMissingOnlyWhenNoPaperNamesIt() {
    List<ThemeSpec> themes = List.of(new ThemeSpec("Galaxies", "", List.of("dwarf galaxies", "little red dots",
        "low-rank adaptation", "quasar"), null));
    SeedEvidence.Scanner scanner = SeedEvidence.scanner(new SeedMatcher(themes));
    PreparedCorpus corpus = TextFixtures.prepare(List.of("Dwarf galaxy counts in deep fields",
        "The little red dots at high redshift", "A low rank adaptation of a model", "Stars and dust"),
        TextFixtures.keepEverything(), scanner);
    SeedIndex index = SeedIndex.build(themes, corpus.vocabulary(), scanner.papersWithSeed());
    assertEquals(List.of("quasar"), index.missingSeeds(0));
    assertEquals(List.of(1, 1, 1, 0), java.util.stream.IntStream.range(0, 4).map(i -> index.papersWithSeed(0, i))
        .boxed().toList());
  }
}
