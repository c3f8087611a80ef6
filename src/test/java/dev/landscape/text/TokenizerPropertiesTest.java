package dev.landscape.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any text, however broken (unpaired surrogates, control characters, LaTeX fragments, URLs, scripts of every kind),
 * goes through normalization, tokenization and corpus preparation without an exception, and what comes out is well
 * formed: tokens are non-empty, hold a letter and no whitespace; prepared documents hold only vocabulary ids.
 */
class TokenizerPropertiesTest {
  @Provide
  Arbitrary<String> messyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.of("$\\mathcal{O}(n)$", "\\textit{", "}", "\\cite{a,b}", "https://x.org/a?b=c", "a@b.org",
            "pre-\ntrained", "weproposeReflexion", "word.Next", "ﬁne", "“", "—", "\u00a0", "~", "\\%", "$", "{", "\\",
            "research.111Code", "GPT-3", "LLMs", "'s", "--", "-", "'", "\ud800", "\udfff", "日本語", "ا", "\u0000")
            .list().ofMaxSize(25).map(list -> String.join(" ", list)),
        Arbitraries.strings().withChars("ab-'. $\\{}\n\t\u00ad\u200bA1").ofMaxLength(80));
  }

  @Property(tries = 500)
  void anyTextTokenizesIntoWellFormedTokens(@ForAll("messyText") String text) {
    List<String> tokens = Tokenizer.scan(TextNormalizer.normalize(text));
    for (String token : tokens) {
      assertFalse(token.isEmpty(), "empty token from " + text);
      if (!token.equals(Tokenizer.BOUNDARY)) {
        assertTrue(token.chars().noneMatch(Character::isWhitespace), "whitespace in '" + token + "'");
        assertTrue(token.chars().anyMatch(Character::isLetter), "a token needs a letter: '" + token + "'");
      }
    }
  }

  @Property(tries = 100)
  void anyTextPreparesAsPartOfACorpus(@ForAll("messyText") String a, @ForAll("messyText") String b) {
    PreparedCorpus corpus = TextFixtures.prepare(List.of(a, b, a + " " + b),
        new TextOptions(TextOptions.WordFiles.NONE,
            new TextOptions.Phrasing(true, 0, 0.5, List.of("chain of thought")),
            new TextOptions.Pruning(0, 0), 2));
    for (int d = 0; d < corpus.papers().size(); d++) {
      for (int id : corpus.tokens().tokens(d)) {
        assertTrue(id >= 0 && id < corpus.vocabulary().size());
      }
    }
  }
}
