package dev.landscape.text;

import com.carrotsearch.hppc.IntObjectHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Phrases a user named (theme seeds such as {@code human feedback}), as code sequences, indexed by their first code
 * with the longest first. {@link #join} replaces every occurrence by its phrase term. Training joins them before
 * phrase detection, so a named phrase is a term even when it is too rare for the statistics; a saved model joins
 * them the same way in every new paper. Immutable after construction, so one index serves many threads.
 */
final class NamedPhrases {
  private final IntObjectHashMap<List<int[]>> byFirst = new IntObjectHashMap<>();

  NamedPhrases(List<int[]> named) {
    for (int[] codes : named) {
      List<int[]> list = byFirst.get(codes[0]);
      if (list == null) {
        list = new ArrayList<>();
        byFirst.put(codes[0], list);
      }
      list.add(codes);
    }
    // Stable: of equally long phrases, the one named first wins.
    byFirst.forEach((com.carrotsearch.hppc.procedures.IntObjectProcedure<List<int[]>>)
        (first, list) -> list.sort((x, y) -> Integer.compare(y.length, x.length)));
  }

  boolean isEmpty() {
    return byFirst.isEmpty();
  }

  /**
   * Joins the phrases in every document (rewritten in place); {@code phraseOf} gives the term of a phrase. Returns
   * how many occurrences each phrase term joined.
   */
  Map<Integer, Long> join(int[][] docs, ToIntFunction<int[]> phraseOf) {
    Map<Integer, Long> joined = new TreeMap<>();
    for (int d = 0; d < docs.length; d++) {
      docs[d] = join(docs[d], phraseOf, joined);
    }
    return joined;
  }

  /** The document with its phrases joined, left to right, longest first; {@code joined} (if not null) counts them. */
  int[] join(int[] doc, ToIntFunction<int[]> phraseOf, Map<Integer, Long> joined) {
    int[] out = null;
    int n = 0;
    for (int i = 0; i < doc.length; i++) {
      int[] match = doc[i] >= 0 ? match(doc, i) : null;
      if (match == null) {
        if (out != null) {
          out[n++] = doc[i];
        }
        continue;
      }
      if (out == null) {
        out = Arrays.copyOf(doc, doc.length);
        n = i;
      }
      int phrase = phraseOf.applyAsInt(match);
      if (joined != null) {
        joined.merge(phrase, 1L, Long::sum);
      }
      out[n++] = phrase;
      i += match.length - 1;
    }
    return out == null ? doc : Arrays.copyOf(out, n);
  }

  private int[] match(int[] doc, int i) {
    List<int[]> candidates = byFirst.get(doc[i]);
    if (candidates != null) {
      for (int[] candidate : candidates) {
        if (i + candidate.length <= doc.length
            && Arrays.equals(doc, i, i + candidate.length, candidate, 0, candidate.length)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
