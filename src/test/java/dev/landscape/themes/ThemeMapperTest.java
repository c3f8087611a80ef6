package dev.landscape.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.progress.Progress;
import dev.landscape.quality.QualityReport;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextFixtures;
import dev.landscape.topics.LdaParams;
import dev.landscape.topics.MalletTopicTrainer;
import dev.landscape.topics.TopicDescriber;
import dev.landscape.topics.TopicModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Four planted subjects whose words never mix, 24 papers each; a themes file names two of them. The named ones must
 * come out under their names, the two unnamed ones as automatic themes named after their own words, and every
 * paper under its subject.
 */
class ThemeMapperTest {
  private static final List<List<String>> SUBJECTS = TextFixtures.SUBJECTS;
  private static final List<ThemeSpec> NAMED = List.of(
      new ThemeSpec("Space", "Space flight.", List.of("rockets", "Orbit", "telescope", "warp drive"), "Science"),
      new ThemeSpec("Cooking", "Food.", List.of("bread", "oven"), null),
      new ThemeSpec("Knitting", "Wool.", List.of("yarn", "needle"), null));

  private static List<String> texts() {
    return TextFixtures.plantedTexts(24, 8);
  }


  @Test
  void namedSubjectsKeepTheirNamesAndTheRestAreNamedFromTheirWords() {
    List<ThemeSpec> named = NAMED;
    SeedEvidence.Scanner scanner = SeedEvidence.scanner(new SeedMatcher(named));
    PreparedCorpus corpus = TextFixtures.prepare(texts(), TextFixtures.keepEverything(), scanner);
    SeedIndex seeds = SeedIndex.build(named, corpus.vocabulary(), scanner.papersWithSeed());
    LdaParams params = new LdaParams(4, 300, 1.0, 0.01, 0, 0, 1, 3);
    TopicModel model = new MalletTopicTrainer(params, seeds.seeding(4, 0.9)).train(corpus, Progress.NONE);
    QualityReport quality = QualityReport.assess(model, corpus,
        TopicDescriber.describe(model, corpus.vocabulary(), 10));
    ThemeResult result = ThemeResult.of(model, corpus, quality, seeds, seeds.seededThemes(4), 1);

    List<Theme> themes = result.themes();
    assertEquals("Space", themes.get(0).name());
    assertEquals("Science", themes.get(0).parent());
    assertEquals(List.of("warp drive"), themes.get(0).missingSeeds());
    assertEquals(0, themes.get(2).topics().length, "Knitting is not in this corpus");
    assertEquals(List.of("yarn", "needle"), themes.get(2).missingSeeds());
    PaperThemes papers = result.papers();
    int[] underTheirName = new int[2];
    for (int d = 0; d < model.documentCount(); d++) {
      int subject = d % 4;
      Theme theme = themes.get(papers.primary(d));
      switch (subject) {
        case 0, 1 -> {
          // A named subject's papers are its members; one that names none of its seeds may be missed, and then
          // goes to Other, never to another subject.
          String name = subject == 0 ? "Space" : "Cooking";
          assertTrue(theme.name().equals(name) || theme.kind() == Theme.Kind.OTHER, "paper " + d + ": " + theme);
          underTheirName[subject] += theme.name().equals(name) ? 1 : 0;
        }
        default -> {
          assertEquals(Theme.Kind.AUTO, theme.kind());
          String name = theme.name().toLowerCase(java.util.Locale.ROOT);
          assertTrue(SUBJECTS.get(subject).stream().anyMatch(name::contains), name);
          assertTrue(papers.confidence(d) > 0.5, "paper " + d + " weight " + papers.confidence(d));
        }
      }
      assertTrue(theme.kind() == Theme.Kind.OTHER || !papers.mixed(d), "paper " + d);
    }
    assertTrue(underTheirName[0] >= 20 && underTheirName[1] >= 20, java.util.Arrays.toString(underTheirName)
        + " of 24 papers under their named theme");
    assertEquals(0.25, papers.share(0), 0.05);
    for (int d : papers.representatives(1)) {
      assertEquals(1, d % 4, "a representative of Cooking is a cooking paper");
    }
    assertEquals(PaperThemes.REPRESENTATIVES, papers.representatives(1).size());
  }

  @Test
  void oneSeedWordIsNotEnoughForAThemeWithOthers() {
    // "Strings" names one music word (cello) and one cooking word (flour): each of those topics holds only one of
    // its seeds, which may mean something else there, so neither joins it. "Rocks" has a single seed in the corpus
    // (magma) and is matched on it. No seeded start, so only the seed evidence decides.
    List<ThemeSpec> named = List.of(
        new ThemeSpec("Space", "", List.of("rocket", "orbit", "telescope"), null),
        new ThemeSpec("Strings", "", List.of("cello", "flour"), null),
        new ThemeSpec("Rocks", "", List.of("magma", "obsidian"), null));
    SeedEvidence.Scanner scanner = SeedEvidence.scanner(new SeedMatcher(named));
    PreparedCorpus corpus = TextFixtures.prepare(texts(), TextFixtures.keepEverything(), scanner);
    SeedIndex seeds = SeedIndex.build(named, corpus.vocabulary(), scanner.papersWithSeed());
    TopicModel model = new MalletTopicTrainer(new LdaParams(4, 300, 1.0, 0.01, 0, 0, 1, 5))
        .train(corpus, Progress.NONE);
    QualityReport quality = QualityReport.assess(model, corpus,
        TopicDescriber.describe(model, corpus.vocabulary(), 10));
    List<Theme> themes = ThemeResult.of(model, corpus, quality, seeds, null, 1).themes();
    assertEquals(1, themes.get(0).topics().length, "Space: three seeds in one topic");
    assertEquals(0, themes.get(1).topics().length, "Strings: one seed per topic");
    assertEquals(1, themes.get(2).topics().length, "Rocks: its only seed in the corpus");
    assertEquals(2, themes.stream().filter(t -> t.kind() == Theme.Kind.AUTO).count(), "music and cooking");
  }

  @Test
  void aSeededTopicHoldingEnoughOfItsThemeIsNotOvertaken() {
    // Four themes, K=4: the first three are seeded (one topic stays free). Cooking names one cooking word (about 8%
    // of that topic's tokens, above the 2% bar); Kitchen, unseeded, names three (about 25%, over three times as
    // much). The seeded topic holds enough of Cooking to join it unseeded, so it stays Cooking.
    List<ThemeSpec> named = List.of(
        new ThemeSpec("Cooking", "", List.of("bread"), null),
        new ThemeSpec("Space", "", List.of("rocket", "orbit"), null),
        new ThemeSpec("Music", "", List.of("violin", "piano"), null),
        new ThemeSpec("Kitchen", "", List.of("flour", "oven", "sauce"), null));
    SeedEvidence.Scanner scanner = SeedEvidence.scanner(new SeedMatcher(named));
    PreparedCorpus corpus = TextFixtures.prepare(texts(), TextFixtures.keepEverything(), scanner);
    SeedIndex seeds = SeedIndex.build(named, corpus.vocabulary(), scanner.papersWithSeed());
    TopicModel model = new MalletTopicTrainer(new LdaParams(4, 300, 1.0, 0.01, 0, 0, 1, 3), seeds.seeding(4, 0.9))
        .train(corpus, Progress.NONE);
    QualityReport quality = QualityReport.assess(model, corpus,
        TopicDescriber.describe(model, corpus.vocabulary(), 10));
    ThemeMapper.Mapping mapping = ThemeMapper.map(model, corpus.vocabulary(), quality, seeds, seeds.seededThemes(4));
    assertEquals(0, mapping.themeOfTopic()[0], "the topic seeded for Cooking");
    assertEquals(0, mapping.themes().get(3).topics().length, "Kitchen takes no topic from Cooking");
  }

  @Test
  void withoutAThemesFileEveryThemeIsNamedFromItsWords() {
    PreparedCorpus corpus = TextFixtures.prepare(texts(), TextFixtures.keepEverything(),
        SeedEvidence.scanner(new SeedMatcher(NAMED)));
    TopicModel model = new MalletTopicTrainer(new LdaParams(4, 300, 1.0, 0.01, 0, 0, 1, 5))
        .train(corpus, Progress.NONE);
    QualityReport quality = QualityReport.assess(model, corpus,
        TopicDescriber.describe(model, corpus.vocabulary(), 10));
    ThemeResult result = ThemeResult.of(model, corpus, quality, null, null, 1);
    assertEquals(4, result.themes().size(), "four distinct subjects are four themes, not merged");
    for (Theme theme : result.themes()) {
      assertEquals(Theme.Kind.AUTO, theme.kind());
      assertTrue(theme.name().matches("[A-Z][a-z]+, [a-z]+, [a-z]+"), theme.name());
    }
  }

  @Test
  void automaticNamesPutAPhraseFirstAndSayNothingTwice() {
    java.util.function.Predicate<String> none = term -> false;
    assertEquals("Federated learning, clients, privacy",
        ThemeNames.of(List.of("FL", "clients", "federated learning", "privacy"), none));
    assertEquals("Neural network, spikes", ThemeNames.of(List.of("neural network", "neural", "neurons", "spikes"),
        none));
    assertEquals("LLMs, agents", ThemeNames.of(List.of("LLMs", "agents"), none));
    assertEquals("Unnamed", ThemeNames.of(List.of(), none));
  }

  @Test
  void automaticNamesSkipTheCorpusWidespreadWords() {
    assertEquals("Medical imaging, segmentation", ThemeNames.of(List.of("enhance", "issues", "medical imaging",
        "enhancing", "segmentation"), java.util.Set.of("enhance", "issues", "enhancing")::contains));
    assertEquals("Enhance, issues", ThemeNames.of(List.of("enhance", "issues"), term -> true),
        "a theme of widespread words only keeps them: they are all it has");
  }

  @Test
  void automaticNamesLeaveANamedThemesKeyWordToIt() {
    List<String> keys = ThemeNames.keyWords(List.of("Attention efficiency and long context",
        "Generative models (diffusion, flows)", "Multimodal and vision-language models", "Code generation"));
    assertEquals(List.of("attention", "generative", "multimodal", "code"), keys);
    assertTrue(ThemeNames.claims("attention mechanism", keys));
    assertTrue(ThemeNames.claims("Attentional", keys), "another form of the word");
    assertTrue(ThemeNames.claims("text generation", keys), "generation is generative's stem");
    assertTrue(ThemeNames.claims("codes", keys), "a plural");
    assertFalse(ThemeNames.claims("multi-agent", keys), "multi is not most of multimodal");
    assertFalse(ThemeNames.claims("coding", keys), "too little in common with code");
    assertFalse(ThemeNames.claims("fusion", keys));
    assertEquals("Fusion, multi-scale, Mamba", ThemeNames.of(List.of("attention mechanism", "fusion", "multi-scale",
        "Mamba"), term -> ThemeNames.claims(term, keys)));
  }

}
