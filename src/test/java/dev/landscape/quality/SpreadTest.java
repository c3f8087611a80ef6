package dev.landscape.quality;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Background topics on a model made for it: seven subjects, each all of a few papers' words, and an eighth topic with
 * a few words in every paper. Whether the eighth is background depends on how many papers it leads and on whose words
 * its top words are.
 */
class SpreadTest {
  private static final int SUBJECTS = 7;
  private static final int TOPICS = SUBJECTS + 1;
  private static final int PAPERS = 40;
  private static final int SUBJECT_TOKENS = 20;
  private static final int LAYER_TOKENS = 4;

  @Test
  void aSpreadLayerLeadingFewPapersIsBackground() {
    Spread spread = Spread.of(model(), topics(1), exclusivity(0.9));
    assertTrue(spread.background()[SUBJECTS], Arrays.toString(spread.leadRatio()));
    assertSubjectsAreNotBackground(spread);
  }

  @Test
  void aSpreadLayerOfOtherTopicsWordsIsBackgroundEvenWhenItLeadsItsShare() {
    // It leads 7 of 40 papers with a sixth of the tokens: a subject's share. Its words are mostly the subjects'.
    Spread spread = Spread.of(model(), topics(7), exclusivity(0.3));
    assertTrue(spread.leadRatio()[SUBJECTS] >= Spread.MAX_LEAD_RATIO, Arrays.toString(spread.leadRatio()));
    assertTrue(spread.exclusivityRatio()[SUBJECTS] < Spread.MAX_EXCLUSIVITY_RATIO);
    assertTrue(spread.background()[SUBJECTS]);
    assertSubjectsAreNotBackground(spread);
  }

  @Test
  void aBroadSubjectWithWordsOfItsOwnIsNot() {
    // As spread, leading its share, and its words are its own: a subject every paper touches (evaluation, say).
    Spread spread = Spread.of(model(), topics(7), exclusivity(0.6));
    assertFalse(spread.background()[SUBJECTS]);
    assertSubjectsAreNotBackground(spread);
  }

  private static void assertSubjectsAreNotBackground(Spread spread) {
    for (int t = 0; t < SUBJECTS; t++) {
      assertFalse(spread.background()[t], "subject " + t);
    }
  }

  /** Paper d is all subject d mod 7, plus the layer's few tokens. */
  private static TopicModel model() {
    int[] docTopic = new int[PAPERS * TOPICS];
    int[] docLength = new int[PAPERS];
    int[][] topicWord = new int[TOPICS][TOPICS];
    for (int d = 0; d < PAPERS; d++) {
      docTopic[d * TOPICS + d % SUBJECTS] = SUBJECT_TOKENS;
      docTopic[d * TOPICS + SUBJECTS] = LAYER_TOKENS;
      docLength[d] = SUBJECT_TOKENS + LAYER_TOKENS;
      topicWord[d % SUBJECTS][d % SUBJECTS] += SUBJECT_TOKENS;
      topicWord[SUBJECTS][SUBJECTS] += LAYER_TOKENS;
    }
    double[] alpha = new double[TOPICS];
    Arrays.fill(alpha, 0.1);
    return TopicModel.restore(alpha, 0.01, topicWord, docTopic, 1, docLength,
        new TopicModel.TrainingStats(0, 0, 0, Double.NaN, Double.NaN, ""));
  }

  /** The subjects lead the papers the layer does not, in turn. */
  private static List<Topic> topics(int ledByLayer) {
    int[] led = new int[TOPICS];
    led[SUBJECTS] = ledByLayer;
    for (int i = 0; i < PAPERS - ledByLayer; i++) {
      led[i % SUBJECTS]++;
    }
    List<Topic> topics = new ArrayList<>();
    for (int t = 0; t < TOPICS; t++) {
      topics.add(new Topic(t, "topic " + t, List.of(), 0, 0.1, led[t]));
    }
    return topics;
  }

  /** The subjects' exclusivity is 0.9; the layer's is {@code layer}. */
  private static double[] exclusivity(double layer) {
    double[] exclusivity = new double[TOPICS];
    Arrays.fill(exclusivity, 0.9);
    exclusivity[SUBJECTS] = layer;
    return exclusivity;
  }
}
