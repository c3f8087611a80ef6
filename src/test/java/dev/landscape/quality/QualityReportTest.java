package dev.landscape.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.progress.Progress;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextFixtures;
import dev.landscape.topics.LdaParams;
import dev.landscape.topics.MalletTopicTrainer;
import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicDescriber;
import dev.landscape.topics.TopicModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quality of a model of two planted themes whose words never mix: coherent, exclusive, unflagged. */
class QualityReportTest {
  private static final List<String> SPACE = List.of("rocket orbit launch satellite telescope galaxy",
      "orbit satellite telescope rocket launch", "launch rocket booster orbit satellite galaxy");

  @Test
  void plantedThemesScoreAsCoherentAndExclusive() {
    // Four planted themes; each paper takes six words of one theme.
    List<String> texts = TextFixtures.plantedTexts(24, 6);
    PreparedCorpus corpus = TextFixtures.prepare(texts);
    TopicModel model = new MalletTopicTrainer(new LdaParams(4, 300, 1.0, 0.01, 0, 0, 1, 4)).train(corpus, Progress.NONE);
    List<Topic> topics = TopicDescriber.describe(model, corpus.vocabulary(), 10);
    QualityReport report = QualityReport.assess(model, corpus, topics);

    assertEquals(4, report.topics().size());
    for (TopicQuality q : report.topics()) {
      assertTrue(q.coherence().npmi() > 0.1, "planted words co-occur: " + q);
      assertTrue(q.exclusivity() > 0.95, "no word is shared between the themes: " + q);
      assertTrue(q.effectiveWords() > 8 && q.effectiveWords() <= 12, "each theme spreads over its 12 words: " + q);
      assertTrue(q.flags().isEmpty(), q.toString());
    }
    assertTrue(report.meanCoherence().cv() > 0.5, report.toString());
    assertTrue(report.diversity() > 0 && report.diversity() <= 1);
  }

  @Test
  void aTopicLeadingNoPaperIsFlaggedWithItsReason() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      texts.addAll(SPACE);
    }
    PreparedCorpus corpus = TextFixtures.prepare(texts);
    // Three topics for one theme: at least one of them ends up leading (almost) no paper.
    TopicModel model = new MalletTopicTrainer(new LdaParams(3, 200, 0.3, 0.01, 0, 0, 1, 2)).train(corpus, Progress.NONE);
    List<Topic> topics = TopicDescriber.describe(model, corpus.vocabulary(), 10);
    QualityReport report = QualityReport.assess(model, corpus, topics);
    boolean flagged = false;
    for (int t = 0; t < 3; t++) {
      TopicQuality q = report.topics().get(t);
      if (topics.get(t).dominantPapers() < 2) {
        assertTrue(q.flags().contains("few_papers"), q.toString());
        assertTrue(q.reasons().stream().anyMatch(r -> r.startsWith("it leads only")), q.toString());
        flagged = true;
      }
    }
    assertTrue(flagged, "one of three topics of a single theme leads fewer than 2 of 30 papers");
  }
}
