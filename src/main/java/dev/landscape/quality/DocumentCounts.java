package dev.landscape.quality;

import java.util.List;

/** How many texts hold each topic word and each pair, as gensim's {@code CorpusAccumulator} counts for UMass. */
final class DocumentCounts {
  private final int words;
  private final long[] occurrences;
  private final long[] pairs;
  private final long documents;

  DocumentCounts(List<int[]> texts, int words) {
    this.words = words;
    this.occurrences = new long[words];
    this.pairs = new long[words * words];
    boolean[] present = new boolean[words];
    int[] list = new int[words];
    for (int[] text : texts) {
      java.util.Arrays.fill(present, false);
      int n = 0;
      for (int id : text) {
        if (id >= 0 && !present[id]) {
          present[id] = true;
          list[n++] = id;
        }
      }
      for (int a = 0; a < n; a++) {
        occurrences[list[a]]++;
        for (int b = 0; b < n; b++) {
          if (a != b) {
            pairs[list[a] * words + list[b]]++;
          }
        }
      }
    }
    this.documents = texts.size();
  }

  long documents() {
    return documents;
  }

  long occurrences(int w) {
    return occurrences[w];
  }

  long together(int a, int b) {
    return pairs[a * words + b];
  }
}
