package dev.landscape.text;

import java.util.List;

/**
 * One row of vocabulary.csv: what became of a word of the corpus.
 *
 * @param term the term's key (lower case, folded; phrases joined by "_")
 * @param display how labels show it
 * @param documents papers it appears in (for a term, after phrases were joined; for a stopword or a glued word,
 *     as read)
 * @param occurrences tokens of it
 * @param status {@code kept}, or why it was dropped: {@code stopword}, {@code too_rare} (fewer papers than the
 *     floor), {@code too_common} (more than the ceiling share of papers), {@code split} (a glued token; display
 *     shows its parts)
 * @param forms the surface forms folded into it, most frequent first
 */
public record VocabularyEntry(String term, String display, long documents, long occurrences, String status,
    List<String> forms) {
  /** The status of a word dropped because fewer papers than the floor use it. */
  public static final String TOO_RARE = "too_rare";

  public VocabularyEntry {
    forms = List.copyOf(forms);
  }
}
