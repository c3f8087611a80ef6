package dev.landscape.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Text cleaning does what the regexes it replaced did, and in time linear in the text whatever the text holds: the
 * hostile abstracts below took 24 to 161 s each with the regexes, quadratic in their length.
 */
class TextNormalizerTest {
  /** Pieces of the mess abstracts carry, mixed at random below. */
  private static final String[] PIECES = {"a", "word ", " ", "\n", "\t", "$", "$$", "\\[", "\\]", "\\(", "\\)", "\\",
    "\\cite", "\\citep", "\\citeX", "\\ref", "\\refs", "\\href", "\\textit", "\\textbf", "\\emph*", "{", "}", "[",
    "]", "@", "x.y", "jane.doe", "@example.org", ".", "-", "+", "_", "https://", "http", "ftp://", "www.", "/",
    "github.com/", "huggingface.co/", "~", "%", "\\%", "\\&", "1", "12", "A", "Code", ",", ";", ")", "(", "\"", "'",
    "pre-\ntrained", "é", "ﬁ", "—", "“", "\u00AD", "<", ">"};

  @Test
  void theLinearPassesAgreeWithTheRegexesOnRandomMess() {
    SplittableRandom random = new SplittableRandom(20261201);
    for (int i = 0; i < 30_000; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(24);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = text.toString();
      assertEquals(RegexTextNormalizer.normalize(s), TextNormalizer.normalize(s), () -> "for " + escape(s));
    }
  }

  @Test
  void theLinearPassesAgreeWithTheRegexesOnTheUsualCases() {
    for (String s : List.of("see \\cite{a,b} and \\citep[p.~3]{c} or \\href{http://x.org}{here}",
        "math $$x^2$$ and \\[y\\] and \\(z\\) and $w$ and \\$5", "mail jane.doe@example.edu, or a@b, or a@b.c.",
        "code at https://github.com/x/y. and www.example.org/x, athttps://y.org", "\\textbf{\\textit{word}} \\%",
        "\\cite [x] {y} \\cite[x]{y} \\cite{a{b}c}", "a@b.c.d@e.f x@y z@w.com")) {
      assertEquals(RegexTextNormalizer.normalize(s), TextNormalizer.normalize(s), s);
    }
  }

  /** Hostile abstracts of about 150,000 characters, each of one kind. */
  static Map<String, String> hostile() {
    int n = 150_000;
    return Map.of(
        "a run of letters before a lone @", "a".repeat(n) + "@",
        "60,000 unclosed \\[", "\\[ ".repeat(60_000),
        "60,000 unclosed \\(", "\\( ".repeat(60_000),
        "60,000 unclosed $$", "$$ x ".repeat(30_000),
        "60,000 unclosed \\cite{", "\\cite{".repeat(25_000),
        "unclosed \\cite[", "\\cite [".repeat(20_000),
        "unclosed \\href{", "\\href{".repeat(25_000),
        "50,000 www. fragments", "www. ".repeat(30_000),
        "hyphens before long spaces", ("a-" + " ".repeat(1000)).repeat(150),
        "at signs between dots", "a.@.".repeat(37_000));
  }

  @Test
  void hostileAbstractsTakeNoLongerThanOrdinaryOnesOfTheirLength() {
    String ordinary = ordinaryText(150_000);
    for (int i = 0; i < 5; i++) { // warm the compiler up on both kinds, so that what is measured is the passes
      TextNormalizer.normalize(ordinary);
      hostile().values().forEach(h -> TextNormalizer.normalize(h.substring(0, 5_000)));
    }
    long normal = Math.max(millis(() -> TextNormalizer.normalize(ordinary)), 5);
    List<String> slow = new ArrayList<>();
    for (Map.Entry<String, String> e : hostile().entrySet()) {
      long took = millis(() -> TextNormalizer.normalize(e.getValue()));
      // Quadratic passes took 24,000-161,000 ms here; linear ones a few times the ordinary text's time.
      if (took > 1_000 + 40 * normal) {
        slow.add(e.getKey() + ": " + took + " ms (ordinary text: " + normal + " ms)");
      }
    }
    assertTrue(slow.isEmpty(), String.join("; ", slow));
  }

  @Test
  void hostileAbstractsPrepareInBoundedTime() {
    List<String> texts = new ArrayList<>(hostile().values());
    texts.add(ordinaryText(150_000));
    long took = millis(() -> TextFixtures.prepare(texts));
    // Eleven texts of 150,000 characters through every preparation step; seconds, not minutes.
    assertTrue(took < 30_000, took + " ms");
  }

  private static String ordinaryText(int length) {
    StringBuilder sb = new StringBuilder();
    List<String> words = TextFixtures.plantedTexts(3, 12);
    for (int i = 0; sb.length() < length; i++) {
      sb.append(words.get(i % words.size())).append(i % 7 == 0 ? ". " : " ");
    }
    return sb.toString();
  }

  private static long millis(Supplier<?> work) {
    long start = System.nanoTime();
    work.get();
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String escape(String s) {
    return s.replace("\n", "\\n").replace("\t", "\\t");
  }
}
