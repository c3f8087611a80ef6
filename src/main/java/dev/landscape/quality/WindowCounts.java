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
    this.since = new long[words];
    this.slot = new int[words];
    this.present = new int[words];
    java.util.Arrays.fill(slot, -1);
    for (int[] text : texts) {
      if (text.length == 0) {
        continue;
      }
      int first = Math.min(size, text.length);
      for (int i = 0; i < first; i++) {
        if (text[i] >= 0) {
          enter(text[i]);
        }
      }
      windows++;
      for (int start = 1; start + size <= text.length; start++) {
        int left = text[start - 1];
        int entered = text[start + size - 1];
        if (left >= 0 && left != entered) {
          leave(left); // gensim's quirk: even if another copy remains in the window
        }
        if (entered >= 0) {
          enter(entered);
        }
        windows++;
      }
      while (count > 0) {
        leave(present[count - 1]);
      }
    }
  }

  // Counting every pair in every window costs (words in a window)^2 per window; instead each word remembers the
  // window from which it has been present, and a pair's shared windows are added up when one of them leaves.
  private final long[] since;
  private final int[] slot;
  private final int[] present;
  private int count;

  /** {@code word} is present from the window about to be counted on. */
  private void enter(int word) {
    if (slot[word] >= 0) {
      return;
    }
    since[word] = windows;
    slot[word] = count;
    present[count++] = word;
  }

  /** {@code word} is absent from the window about to be counted on: credit what it shared until now. */
  private void leave(int word) {
    int at = slot[word];
    if (at < 0) {
      return;
    }
    occurrences[word] += windows - since[word];
    for (int i = 0; i < count; i++) {
      int other = present[i];
      if (other != word) {
        long shared = windows - Math.max(since[word], since[other]);
        if (word < other) {
          pairs[word * this.words + other] += shared;
        } else {
          pairs[other * this.words + word] += shared;
        }
      }
    }
    int last = present[--count];
    present[at] = last;
    slot[last] = at;
    slot[word] = -1;
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
