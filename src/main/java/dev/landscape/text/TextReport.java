package dev.landscape.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What text preparation did, for run.json and vocabulary.csv.
 *
 * @param rawTokens word tokens found before stopwords, splits, phrases and pruning
 * @param gluedSplit glued word types that were split
 * @param phrases phrases found
 * @param phraseMinCount occurrences a phrase needed (0 when phrases were off)
 * @param minDocs the document-frequency floor applied
 * @param maxDocs the document-frequency ceiling applied (papers)
 * @param vocabulary every word's fate, most frequent first
 * @param millis wall time of each step of preparation
 */
public record TextReport(long rawTokens, int gluedSplit, int phrases, int phraseMinCount, int minDocs, int maxDocs,
    List<VocabularyEntry> vocabulary, Map<String, Long> millis) {
  public TextReport {
    vocabulary = List.copyOf(vocabulary);
    millis = Collections.unmodifiableMap(new LinkedHashMap<>(millis));
  }
}
