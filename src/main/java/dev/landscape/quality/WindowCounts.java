package dev.landscape.quality;

import java.util.List;

/**
 * Occurrence and co-occurrence counts of the topic words over boolean sliding windows, as gensim 4.2's
 * {@code WordOccurrenceAccumulator} counts them, quirks included, so that coherence matches gensim's:
 *
 * <ul>
 *   <li>every window of every non-empty text counts, also those without any topic word (gensim 4.2.0 counts
 *       them; checked against its values);
 *   <li>a text of {@code n >= size} tokens has {@code n - size + 1} windows, a shorter one a single window;
 *   <li>sliding one token on, the word that left the window is marked absent even when another copy of it is still
 *       inside (gensim's {@code _slide_window}), unless it is the token that entered.
 * </ul>
 */
final class WindowCounts {
  private final int words;
  private final long[] occurrences;
  private final long[] pairs; // upper triangle, pairs[i * words + j] for i < j
  private long windows;

  /**
   * @param texts each text as ids of topic words, -1 for any other token
   * @param words the number of distinct topic words
   * @param size the window size
   */
  WindowCounts(List<int[]> texts, int words, int size) {
    this.words = words;
    this.occurrences = new long[words];
    this.pairs = new long[words * words];
    boolean[] present = new boolean[words];
    int[] presentList = new int[words];
    for (int[] text : texts) {
      if (text.length == 0) {
        continue;
      }
      if (text.length <= size) {
        java.util.Arrays.fill(present, false);
        for (int id : text) {
          if (id >= 0) {
            present[id] = true;
          }
        }
        count(present, presentList);
        continue;
      }
      java.util.Arrays.fill(present, false);
      for (int i = 0; i < size; i++) {
        if (text[i] >= 0) {
          present[text[i]] = true;
        }
      }
      count(present, presentList);
      for (int start = 1; start + size <= text.length; start++) {
        int left = text[start - 1];
        if (left >= 0) {
          present[left] = false; // gensim's quirk: even if another copy remains in the window
        }
        int entered = text[start + size - 1];
        if (entered >= 0) {
          present[entered] = true;
        }
        count(present, presentList);
      }
    }
  }

  private void count(boolean[] present, int[] list) {
    windows++;
    int n = 0;
    for (int w = 0; w < words; w++) {
      if (present[w]) {
        list[n++] = w;
        occurrences[w]++;
      }
    }
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        pairs[list[a] * words + list[b]]++;
      }
    }
  }

  /** Windows counted: gensim's {@code num_docs} of the accumulator. */
  long windows() {
    return windows;
  }

  long occurrences(int w) {
    return occurrences[w];
  }

  /** Windows holding both words; for {@code a == b}, the word's occurrences (gensim's diagonal). */
  long together(int a, int b) {
    if (a == b) {
      return occurrences[a];
    }
    return a < b ? pairs[a * words + b] : pairs[b * words + a];
  }
}
