package dev.landscape.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our coherence against gensim 4.2.0's own values for the same texts and topics
 * ({@code ../shared/reference/coherence/}, see its README): every measure, every topic, to 1e-9. Both cases are
 * copied into the test resources, so they run in every clone: the 39 default abstracts, and the first 3,000 papers of
 * the shared cs.AI corpus (its 3 MB of texts gzipped).
 */
class CoherenceTest {
  /** Where a case's files are: the test resources. */
  private static Path folderOf(String name) {
    try {
      return Path.of(CoherenceTest.class.getResource(name + ".topics.txt").toURI()).getParent();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A case's texts, plain or gzipped. */
  private static List<String> texts(Path folder, String name) throws IOException {
    Path plain = folder.resolve(name + ".texts.txt");
    if (Files.isRegularFile(plain)) {
      return Files.readAllLines(plain, StandardCharsets.UTF_8);
    }
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
        Files.newInputStream(folder.resolve(name + ".texts.txt.gz"))), StandardCharsets.UTF_8))) {
      return in.lines().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed39", "cs-ai-3000"})
  void matchesGensim(String name) throws IOException {
    Path folder = folderOf(name);
    List<List<String>> topics = Files.readAllLines(folder.resolve(name + ".topics.txt"), StandardCharsets.UTF_8)
        .stream().filter(l -> !l.isBlank()).map(l -> Arrays.asList(l.strip().split(" "))).toList();
    Coherence coherence = new Coherence(topics);
    for (String line : texts(folder, name)) {
      coherence.addText(line.isEmpty() ? List.of() : Arrays.asList(line.split(" ")));
    }
    List<Coherence.Scores> scores = coherence.scores();
    List<String> expected = Files.readAllLines(folder.resolve(name + ".expected.csv"), StandardCharsets.UTF_8);
    assertEquals(topics.size(), expected.size() - 1);
    for (int t = 0; t < topics.size(); t++) {
      String[] row = expected.get(t + 1).split(",");
      Coherence.Scores s = scores.get(t);
      assertEquals(Double.parseDouble(row[1]), s.npmi(), 1e-9, name + " topic " + t + " c_npmi");
      assertEquals(Double.parseDouble(row[2]), s.uMass(), 1e-9, name + " topic " + t + " u_mass");
      assertEquals(Double.parseDouble(row[3]), s.uci(), 1e-9, name + " topic " + t + " c_uci");
      assertEquals(Double.parseDouble(row[4]), s.cv(), 1e-9, name + " topic " + t + " c_v");
    }
  }

  @Test
  void wordsThatCoOccurScoreHigherThanWordsThatDoNot() {
    Coherence coherence = new Coherence(List.of(List.of("rocket", "orbit", "launch"), List.of("rocket", "flour",
        "garlic")));
    for (int i = 0; i < 20; i++) {
      coherence.addText(List.of("rocket", "orbit", "launch", "satellite"));
      coherence.addText(List.of("flour", "oven", "bake"));
      coherence.addText(List.of("garlic", "pasta", "sauce"));
    }
    List<Coherence.Scores> s = coherence.scores();
    assertTrue(s.get(0).npmi() > s.get(1).npmi());
    assertTrue(s.get(0).uMass() > s.get(1).uMass());
    assertTrue(s.get(0).cv() > s.get(1).cv());
    assertEquals(1.0, s.get(0).npmi(), 1e-9, "words that always co-occur have NPMI 1");
  }

  @Test
  void reportsTopicWordsMissingFromTheTexts() {
    Coherence coherence = new Coherence(List.of(List.of("alpha", "beta")));
    coherence.addText(List.of("alpha", "gamma"));
    assertEquals(List.of("beta"), coherence.unknownWords());
  }
}
