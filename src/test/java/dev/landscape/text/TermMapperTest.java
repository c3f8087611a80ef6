package dev.landscape.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How plurals fold into their singular terms. */
class TermMapperTest {
  /** The term each word of {@code words} ends up in, after preparing {@code texts} with every word kept. */
  private static List<String> termsOf(List<String> texts, List<String> words) {
    PreparedCorpus corpus = TextFixtures.prepare(texts);
    return words.stream().map(w -> corpus.report().vocabulary().stream()
        .filter(e -> e.forms().contains(w)).map(VocabularyEntry::term).findFirst().orElse("(none)")).toList();
  }

  @Test
  void theReadingTheCorpusUsesMostWins() {
    // Seen in cs.AI abstracts: one stray "strategie" made every "strategies" a term apart from "strategy".
    List<String> texts = List.of("strategies strategy", "strategies strategy", "a strategie", "processes process",
        "classes class class classe");
    assertEquals(List.of("strategy", "strategy", "strategie", "process", "class", "classe"),
        termsOf(texts, List.of("strategies", "strategy", "strategie", "processes", "classes", "classe")));
  }

  @Test
  void aPluralWhoseSingularTheCorpusLacksFoldsByTheLexiconOrStays() {
    // "ontologies" folds through the lexicon's "ontology"; "xyzzies" has no reading anyone knows and stays.
    assertEquals(List.of("ontology", "xyzzies"), termsOf(List.of("ontologies here", "xyzzies there"),
        List.of("ontologies", "xyzzies")));
  }
}
