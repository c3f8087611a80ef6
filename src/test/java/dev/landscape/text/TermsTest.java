package dev.landscape.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TermsTest {
  private static String display(Object... formsAndCounts) {
    return displayOf("key", formsAndCounts);
  }

  private static String displayOf(String key, Object... formsAndCounts) {
    Terms terms = new Terms();
    int id = terms.idOf(key);
    for (int i = 0; i < formsAndCounts.length; i += 2) {
      terms.addForm(id, (String) formsAndCounts[i], (Integer) formsAndCounts[i + 1]);
    }
    return terms.display(id);
  }

  @Test
  void sentenceStartsDoNotCapitalizeAnOrdinaryWord() {
    // "Efficient" opens titles and sentences; it is still the word efficient.
    assertEquals("efficient", display("Efficient", 30, "efficient", 70));
    assertEquals("federated", display("Federated", 50, "federated", 50));
  }

  @Test
  void aWordCapitalizedAlmostEverywhereIsAName() {
    // Measured on the 20,000 cs.AI papers: "english" and "bayesian" showed in lower case because a few abstracts
    // write them so.
    assertEquals("English", display("English", 95, "english", 5));
    assertEquals("Bayesian", display("Bayesian", 75, "bayesian", 25));
  }

  @Test
  void aNameShowsInTheNumberOfItsKey() {
    // Phrases join their words' displays: "sparse Transformer", not "sparse Transformers".
    assertEquals("Transformer", displayOf("transformer", "Transformers", 10, "Transformer", 8, "transformer", 3));
    assertEquals("Transformers", displayOf("transformers", "Transformers", 10, "transformers", 1));
  }

  @Test
  void onlyTitleCaseFormsStillShow() {
    assertEquals("Retrieval-Augmented", display("Retrieval-Augmented", 3));
  }

  @Test
  void acronymsCountFully() {
    assertEquals("LLMs", display("LLMs", 60, "llms", 40));
  }
}
