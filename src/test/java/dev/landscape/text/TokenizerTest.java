package dev.landscape.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: every kind of mess in real abstracts, from tokenizer-cases.txt. */
class TokenizerTest {
  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        TokenizerTest.class.getResourceAsStream("tokenizer-cases.txt"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        List<String> expected = parts[1].isBlank() ? List.of() : Arrays.asList(parts[1].split(" "));
        cases.add(Arguments.of(parts[0].replace("\\n", "\n"), expected));
      }
    }
    return cases.stream();
  }

  static List<String> terms(String text) {
    PreparedCorpus corpus = TextFixtures.prepare(List.of(text));
    return corpus.papers().isEmpty() ? List.of() : TextFixtures.terms(corpus, 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void preparesAsTheTableSays(String input, List<String> expected) {
    assertEquals(expected, terms(input));
  }

  @Test
  void scannerMarksClauseBoundariesAndDropsNumbers() {
    assertEquals(List.of("Deep", "learning", "|", "and", "GPT-4", "|", "works"),
        Tokenizer.scan("Deep learning, and GPT-4 (2023) works"));
  }

  @Test
  void lowerCasingIgnoresTheMachineLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(List.of("title", "image"), terms("TITLE IMAGES"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void stopwordListsAreLoadedNotEmpty() {
    StopWords stopWords = StopWords.defaults();
    assertTrue(stopWords.size() > 500, "MALLET's list has 524 words");
    assertTrue(stopWords.contains("the"));
    assertTrue(stopWords.contains("propose"));
    assertFalse(stopWords.contains("transformer"));
    assertTrue(stopWords.isConnector("of"));
  }
}
