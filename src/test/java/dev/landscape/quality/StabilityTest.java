package dev.landscape.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.progress.Progress;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextFixtures;
import dev.landscape.topics.LdaParams;
import dev.landscape.topics.MalletTopicTrainer;
import dev.landscape.topics.TopicModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StabilityTest {
  @Test
  void clearThemesAreFoundAgainWhateverTheSeedAndTopicOrder() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      texts.add("rocket orbit launch satellite telescope galaxy");
      texts.add("recipe flour oven bake bread yeast");
      texts.add("violin piano melody chord rhythm orchestra");
    }
    PreparedCorpus corpus = TextFixtures.prepare(texts);
    List<TopicModel> models = new ArrayList<>();
    for (int seed = 1; seed <= 3; seed++) {
      models.add(new MalletTopicTrainer(new LdaParams(3, 200, 0.5, 0.01, 0, 0, 1, seed)).train(corpus, Progress.NONE));
    }
    assertTrue(Double.isNaN(Stability.of(models.subList(0, 1))), "one model has no pair");
    double stability = Stability.of(models);
    assertTrue(stability > 0.95, "seeds number the same three themes differently, matching finds them: " + stability);
    assertEquals(1.0, Stability.of(List.of(models.get(0), models.get(0))), 1e-12);
  }
}
