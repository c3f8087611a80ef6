package dev.landscape.output.explorer;

import dev.landscape.text.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Numbers the terms some unit can show, in the order first asked for, so the page carries only those. */
final class TermIndex {
  private final int[] position;
  private final List<Integer> terms = new ArrayList<>();

  TermIndex(int vocabularySize) {
    position = new int[vocabularySize];
    Arrays.fill(position, -1);
  }

  /** The page's number for vocabulary term {@code w}. */
  int of(int w) {
    if (position[w] < 0) {
      position[w] = terms.size();
      terms.add(w);
    }
    return position[w];
  }

  /** The terms numbered so far, as the reader sees them. */
  List<String> terms(Vocabulary vocabulary) {
    return terms.stream().map(vocabulary::display).toList();
  }

  /** The corpus counts of the terms numbered so far. */
  long[] counts(long[] corpusCounts) {
    return terms.stream().mapToLong(w -> corpusCounts[w]).toArray();
  }
}
