package dev.landscape.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.landscape.progress.Progress;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextFixtures;
import org.junit.jupiter.api.Test;

/**
 * A fingerprint of the sampler, as MALLET's own TestParallelTopicModelRegression pins one: a literal corpus, one
 * thread, a fixed seed, and the log-likelihood and topic-word counts it must give. A change to the sampler, its
 * settings, the MALLET version or the text preparation that feeds it shows here as a number, not as "differs".
 * When a change is meant to move it, rerun, check that the model is still sound, and pin the new values.
 */
class SamplerFingerprintTest {
  @Test
  void aLiteralCorpusGivesThePinnedModel() {
    PreparedCorpus corpus = TextFixtures.prepare(TextFixtures.plantedTexts(6, 10));
    LdaParams params = new LdaParams(4, 100, 1.0, 0.01, 0, 0, 1, 7);
    TopicModel model = new MalletTopicTrainer(params, TopicSeeding.NONE).train(corpus, Progress.NONE);
    long fingerprint = 17;
    for (int k = 0; k < model.topicCount(); k++) {
      for (int w = 0; w < model.vocabularySize(); w++) {
        fingerprint = fingerprint * 31 + model.count(k, w);
      }
    }
    assertEquals(PINNED_LL, model.stats().logLikelihoodPerToken(), 1e-12, "log-likelihood per token");
    assertEquals(PINNED_COUNTS, fingerprint, "topic-word counts");
  }

  /** Measured 2026-12-01 (MALLET 2.1.1, Java 17). */
  static final double PINNED_LL = -4.0231435317097155;
  static final long PINNED_COUNTS = 8457092413129982157L;
}
