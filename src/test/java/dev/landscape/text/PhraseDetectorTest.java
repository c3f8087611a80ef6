package dev.landscape.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseDetectorTest {
  /**
   * Phrases on, no pruning, a low count floor so that small texts can carry a phrase, and a high NPMI threshold: in
   * a corpus this small, words that merely follow a phrase a few times also score well.
   */
  private static final TextOptions PHRASES = new TextOptions(TextOptions.WordFiles.NONE,
      new TextOptions.Phrasing(true, 3, 0.8, java.util.List.of()),
      new TextOptions.Pruning(1, 1.0), 1);

  /** Fixed phrases in varied company: the words around them change from text to text. */
  private static List<String> corpus() {
    String[] verbs = {"learn", "explain", "solve", "review", "plan", "summarize"};
    String[] objects = {"puzzles", "proofs", "tables", "stories", "schedules", "programs"};
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < verbs.length; i++) {
      texts.add("Large language models " + verbs[i] + " " + objects[i] + " with chain of thought reasoning.");
      texts.add("Reinforcement learning agents " + verbs[(i + 1) % 6] + " " + objects[(i + 2) % 6] + ", words fade.");
      texts.add(objects[(i + 3) % 6] + " need chain of thought, " + verbs[(i + 4) % 6] + " slowly.");
    }
    return texts;
  }

  @Test
  void joinsCollocationsIncludingConnectorsAndLongerPhrases() {
    PreparedCorpus prepared = TextFixtures.prepare(corpus(), PHRASES);
    List<String> first = TextFixtures.terms(prepared, 0);
    assertTrue(first.contains("large_language_model"), first.toString());
    assertTrue(first.contains("chain_of_thought"), first.toString());
    List<String> third = TextFixtures.terms(prepared, 1);
    assertTrue(third.stream().anyMatch(w -> w.startsWith("reinforcement_learning")), third.toString());
    int id = prepared.vocabulary().words().indexOf("large_language_model");
    assertEquals("Large language models", prepared.vocabulary().display(id), "display joins the words' displays");
  }

  @Test
  void neverJoinsAcrossAClauseBoundary() {
    PreparedCorpus prepared = TextFixtures.prepare(corpus(), PHRASES);
    for (String word : prepared.vocabulary().words()) {
      assertFalse(word.startsWith("program_") || word.contains("_word"), word);
    }
  }

  @Test
  void phrasesOffKeepsSingleWords() {
    PreparedCorpus prepared = TextFixtures.prepare(corpus(), TextFixtures.keepEverything());
    assertTrue(prepared.vocabulary().words().stream().noneMatch(w -> w.contains("_")));
    assertEquals(0, prepared.report().phrases());
  }
}
