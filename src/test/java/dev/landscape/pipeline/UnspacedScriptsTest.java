package dev.landscape.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.landscape.text.VocabularyEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chinese abstracts became one "word" per clause without a word said (issue 36): their share is measured. */
class UnspacedScriptsTest {
  private static VocabularyEntry word(String term, long occurrences) {
    return new VocabularyEntry(term, term, 1, occurrences, "kept", List.of(term));
  }

  @Test
  void theShareOfTokensInScriptsWithoutSpaces() {
    assertEquals(0.75, UnspacedScripts.share(List.of(word("深度学习模型在自然语言处理中的应用研究", 30), word("model", 20),
        word("ภาษาไทย", 15), word("データ", 15))), 1e-9);
    assertEquals(0, UnspacedScripts.share(List.of(word("model", 10), word("réseau", 5))), 1e-9);
    assertEquals(0, UnspacedScripts.share(List.of()), 1e-9);
  }
}
