package dev.landscape.text;

import dev.landscape.concurrent.Futures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The last step of preparation: prunes terms by document frequency, numbers the kept terms in order of first
 * appearance, rewrites the documents to those ids, and lists what became of every word for vocabulary.csv.
 */
final class VocabularyBuilder {
  private final Terms terms;
  private final int minDocs;
  private final int maxDocs;
  private final int threads;
  private long[] documents;
  private long[] occurrences;
  private boolean[] kept;

  /**
   * @param minDocs a term must be in at least this many papers
   * @param maxDocs and in at most this many
   * @param threads more than one lists every word's fate while the documents are rewritten
   */
  VocabularyBuilder(Terms terms, int minDocs, int maxDocs, int threads) {
    this.terms = terms;
    this.minDocs = minDocs;
    this.maxDocs = maxDocs;
    this.threads = threads;
  }

  /**
   * The result: the kept vocabulary, the documents as its ids (documents may now be empty), every word's fate, and
   * per term its vocabulary id or -1.
   */
  record Result(Vocabulary vocabulary, int[][] documents, List<VocabularyEntry> entries, int[] vocabularyIds) {}

  Result build(int[][] coded, Map<String, TermMapper.Split> splits, Map<String, Long> stopCounts,
      TermMapper.Documents dropped) {
    countTerms(coded);
    kept = new boolean[terms.size()];
    for (int t = 0; t < kept.length; t++) {
      kept[t] = status(t).equals("kept");
    }
    // The listing for vocabulary.csv needs only the counts, so it is made beside the rewriting.
    if (threads < 2) {
      return rewrite(coded).with(entries(splits, stopCounts, dropped));
    }
    ExecutorService pool = Futures.pool(1, "vocabulary");
    try {
      Future<List<VocabularyEntry>> listing = pool.submit(() -> entries(splits, stopCounts, dropped));
      Rewritten rewritten = rewrite(coded);
      return rewritten.with(Futures.await(listing, "listing the vocabulary"));
    } finally {
      pool.shutdownNow();
    }
  }

  /** The documents as ids of the kept terms, numbered in order of first appearance. */
  private record Rewritten(Vocabulary vocabulary, int[][] documents, int[] vocabularyIds) {
    Result with(List<VocabularyEntry> entries) {
      return new Result(vocabulary, documents, entries, vocabularyIds);
    }
  }

  private Rewritten rewrite(int[][] coded) {
    int[] finalId = new int[terms.size()];
    Arrays.fill(finalId, -1);
    List<String> keys = new ArrayList<>();
    List<String> displays = new ArrayList<>();
    int[][] docs = new int[coded.length][];
    for (int d = 0; d < coded.length; d++) {
      int[] out = new int[coded[d].length];
      int n = 0;
      for (int code : coded[d]) {
        if (code < 0 || !kept[code]) {
          continue;
        }
        if (finalId[code] < 0) {
          finalId[code] = keys.size();
          keys.add(terms.key(code));
          displays.add(terms.display(code));
        }
        out[n++] = finalId[code];
      }
      docs[d] = Arrays.copyOf(out, n);
    }
    return new Rewritten(new Vocabulary(keys, displays), docs, finalId);
  }

  private void countTerms(int[][] coded) {
    documents = new long[terms.size()];
    occurrences = new long[terms.size()];
    int[] lastDoc = new int[terms.size()];
    Arrays.fill(lastDoc, -1);
    for (int d = 0; d < coded.length; d++) {
      for (int code : coded[d]) {
        if (code >= 0) {
          occurrences[code]++;
          if (lastDoc[code] != d) {
            lastDoc[code] = d;
            documents[code]++;
          }
        }
      }
    }
  }

  private String status(int term) {
    if (documents[term] < minDocs) {
      return VocabularyEntry.TOO_RARE;
    }
    return documents[term] > maxDocs ? "too_common" : "kept";
  }

  private List<VocabularyEntry> entries(Map<String, TermMapper.Split> splits, Map<String, Long> stopCounts,
      TermMapper.Documents dropped) {
    List<VocabularyEntry> entries = new ArrayList<>();
    for (int t = 0; t < terms.size(); t++) {
      if (occurrences[t] > 0) {
        entries.add(new VocabularyEntry(terms.key(t), terms.display(t), documents[t], occurrences[t], status(t),
            terms.forms(t, 5)));
      }
    }
    stopCounts.forEach((word, count) ->
        entries.add(new VocabularyEntry(word, word, dropped.stopwords().getOrDefault(word, 0L), count, "stopword",
            List.of(word))));
    splits.forEach((glued, split) -> entries.add(new VocabularyEntry(glued, String.join(" ", split.parts()),
        dropped.glued().getOrDefault(glued, 0L), split.count(), "split", List.of(glued))));
    entries.sort(Comparator.comparingLong(VocabularyEntry::occurrences).reversed()
        .thenComparing(VocabularyEntry::status).thenComparing(VocabularyEntry::term));
    return entries;
  }
}
