package dev.landscape.themes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.progress.Progress;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextFixtures;
import dev.landscape.topics.LdaParams;
import dev.landscape.topics.MalletTopicTrainer;
import dev.landscape.topics.TopicModel;
import org.junit.jupiter.api.Test;

/** What the theme classifier trains on: the papers' words, the same whatever topic model the run trained. */
class ThemeFeaturesTest {
  @Test
  void trainingRowsDoNotMoveWithTheTopicModel() {
    PreparedCorpus corpus = TextFixtures.prepare(TextFixtures.plantedTexts(20, 8));
    TopicModel one = new MalletTopicTrainer(new LdaParams(4, 100, 1.0, 0.01, 0, 0, 1, 1)).train(corpus,
        Progress.NONE);
    TopicModel other = new MalletTopicTrainer(new LdaParams(6, 100, 1.0, 0.01, 0, 0, 1, 7)).train(corpus,
        Progress.NONE);
    boolean[] left = new boolean[corpus.vocabulary().size()];
    left[0] = true;
    SparseRows a = ThemeFeatures.of(corpus, one, left).rows();
    SparseRows b = ThemeFeatures.of(corpus, other, left).rows();
    int vocabulary = corpus.vocabulary().size();
    assertArrayEquals(a.start(), b.start(), "another seed and K change no row");
    assertArrayEquals(a.index(), b.index());
    assertArrayEquals(a.value(), b.value());
    for (int i = 0; i < a.index().length; i++) {
      assertTrue(a.index()[i] < 2 * vocabulary, "words and title words only, no topic: feature " + a.index()[i]);
      assertTrue(a.index()[i] % vocabulary != 0, "the left-out seed term is in no row");
    }
    // Rows for placing new papers still carry topics, for models saved with topic weights.
    SparseRows.Builder placed = new SparseRows.Builder(ThemeFeatures.of(corpus, one, left).features().count());
    double[] theta = {0.5, 0.3, 0.2, 0.0};
    ThemeFeatures.of(corpus, one, left).features().add(placed, new int[] {1, 2}, new int[] {2}, theta);
    SparseRows row = placed.build();
    assertEquals(2 + 1 + 3, row.start()[1], "two words, one title word, three topics of at least 1%");
  }
}
