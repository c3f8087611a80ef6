package dev.landscape.pipeline;

import dev.landscape.text.VocabularyEntry;
import java.util.List;
import java.util.Set;

/**
 * How much of a corpus is written in scripts that put no spaces between words (Han, Hiragana, Katakana, Thai, Lao,
 * Khmer, Myanmar). The tokenizer splits on spaces and punctuation, so a Chinese clause becomes one "word": a corpus
 * made of such text gets topics of clauses, not of words (issue 36). Said, not refused: a few such titles in an English
 * corpus do no harm.
 */
final class UnspacedScripts {
  /** The share of word tokens in such scripts from which the run warns. */
  static final double WARN_SHARE = 0.05;

  private static final Set<Character.UnicodeScript> UNSPACED = Set.of(Character.UnicodeScript.HAN,
      Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI,
      Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR);

  private UnspacedScripts() {}

  /** The share of the corpus's word tokens (before any was dropped) that are in such a script. */
  static double share(List<VocabularyEntry> vocabulary) {
    long all = 0;
    long unspaced = 0;
    for (VocabularyEntry entry : vocabulary) {
      all += entry.occurrences();
      if (!entry.term().isEmpty() && UNSPACED.contains(Character.UnicodeScript.of(entry.term().codePointAt(0)))) {
        unspaced += entry.occurrences();
      }
    }
    return all == 0 ? 0 : unspaced / (double) all;
  }
}
