package dev.landscape.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.progress.Progress;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The adapter on a literal corpus of two planted themes (space and cooking), in the style of MALLET's own
 * regression test: small enough to reason about, large enough that LDA must separate the two.
 */
class MalletTopicTrainerTest {
  private static final List<String> SPACE = List.of("rocket orbit launch satellite", "orbit satellite telescope",
      "launch rocket booster orbit", "telescope galaxy orbit satellite", "rocket launch satellite galaxy");
  private static final List<String> COOKING = List.of("recipe flour oven bake", "oven bake bread flour",
      "recipe sauce garlic pasta", "pasta sauce recipe oven", "bread flour yeast bake");

  static PreparedCorpus corpus() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      texts.addAll(SPACE);
      texts.addAll(COOKING);
    }
    return TextFixtures.prepare(texts);
  }

  static LdaParams params(int threads, int seed) {
    return new LdaParams(2, 200, 1.0, 0.01, 20, 50, threads, seed);
  }

  @Test
  void sameSeedAndThreadsGiveTheSameModel() {
    PreparedCorpus corpus = corpus();
    for (int threads : new int[] {1, 2}) {
      TopicModel a = new MalletTopicTrainer(params(threads, 7)).train(corpus, Progress.NONE);
      TopicModel b = new MalletTopicTrainer(params(threads, 7)).train(corpus, Progress.NONE);
      assertEquals(docTopics(a), docTopics(b), "threads=" + threads);
      assertEquals(a.stats().logLikelihoodPerToken(), b.stats().logLikelihoodPerToken(), 0.0);
    }
  }

  @Test
  void anotherSeedGivesAnotherChain() {
    PreparedCorpus corpus = corpus();
    TopicModel a = new MalletTopicTrainer(params(1, 1)).train(corpus, Progress.NONE);
    TopicModel b = new MalletTopicTrainer(params(1, 2)).train(corpus, Progress.NONE);
    assertNotEquals(docTopics(a), docTopics(b));
  }

  @Test
  void separatesThePlantedThemes() {
    PreparedCorpus corpus = corpus();
    TopicModel model = new MalletTopicTrainer(params(1, 3)).train(corpus, Progress.NONE);
    List<Topic> topics = TopicDescriber.describe(model, corpus.vocabulary(), 4);
    Set<String> space = Set.of("rocket", "orbit", "launch", "satellite", "telescope", "galaxy", "booster");
    Set<String> cooking = Set.of("recipe", "flour", "oven", "bake", "bread", "sauce", "garlic", "pasta", "yeast");
    int spaceTopic = space.contains(topics.get(0).topWords().get(0).word()) ? 0 : 1;
    for (WordWeight w : topics.get(spaceTopic).topWords()) {
      assertTrue(space.contains(w.word()), "space topic holds " + w.word());
    }
    for (WordWeight w : topics.get(1 - spaceTopic).topWords()) {
      assertTrue(cooking.contains(w.word()), "cooking topic holds " + w.word());
    }
    for (int d = 0; d < model.documentCount(); d++) {
      int expected = (d % 10) < 5 ? spaceTopic : 1 - spaceTopic;
      assertEquals(expected, TopicDescriber.leading(model, d, 1)[0], "document " + d);
    }
    assertEquals(corpus.tokens().tokenCount(), model.topicTokens(0) + model.topicTokens(1));
  }

  @Test
  void proportionsAreSmoothedAndSumToOne() {
    PreparedCorpus corpus = corpus();
    TopicModel model = new MalletTopicTrainer(params(1, 5)).train(corpus, Progress.NONE);
    for (int d = 0; d < model.documentCount(); d++) {
      double sum = model.proportion(d, 0) + model.proportion(d, 1);
      assertEquals(1.0, sum, 1e-12);
      assertTrue(model.proportion(d, 0) > 0 && model.proportion(d, 1) > 0);
    }
  }

  @Test
  void autoIterationsStopOnceConvergedAndSayWhy() {
    PreparedCorpus corpus = TextFixtures.prepare(TextFixtures.plantedTexts(40, 10));
    LdaParams params = new LdaParams(4, LdaParams.AUTO_MAX_ITERATIONS, new LdaParams.Priors(1.0, 0.01, 20, 50), 1, 3,
        true);
    TopicModel model = new MalletTopicTrainer(params).train(corpus, Progress.NONE);
    int run = model.stats().iterations();
    assertTrue(run >= Convergence.MIN_ITERATIONS && run < LdaParams.AUTO_MAX_ITERATIONS, "ran " + run);
    assertTrue(model.stats().stopped().startsWith("converged after " + (run - 20) + " iterations"),
        model.stats().stopped());
  }

  private static List<List<Double>> docTopics(TopicModel model) {
    List<List<Double>> rows = new ArrayList<>();
    for (int d = 0; d < model.documentCount(); d++) {
      List<Double> row = new ArrayList<>();
      for (int k = 0; k < model.topicCount(); k++) {
        row.add(model.docTopicCount(d, k));
      }
      rows.add(row);
    }
    return rows;
  }
}
