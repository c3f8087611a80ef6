package dev.landscape.text;

import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.cursors.LongIntCursor;
import dev.landscape.concurrent.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Finds collocations ({@code language model}, {@code reinforcement learning}, {@code chain of thought}) and joins
 * their tokens into single phrase terms, as gensim's {@code Phrases} does with {@code npmi} scoring: a pair of
 * terms, possibly with up to two connector words between them, becomes a phrase when it occurs at least
 * {@code minCount} times and its normalized pointwise mutual information reaches {@code threshold}. Two passes find
 * phrases of up to four terms ({@code large language model}). Phrases never cross a clause boundary or a
 * stopword other than a connector.
 */
final class PhraseDetector {
  static final int PASSES = 2;
  private static final int MAX_CONNECTORS = 2;

  private final int minCount;
  private final double threshold;
  private final int threads;

  PhraseDetector(int minCount, double threshold, int threads) {
    this.minCount = minCount;
    this.threshold = threshold;
    this.threads = threads;
  }

  /** A phrase that was found, for the report. */
  record Found(int term, long count, double npmi) {}

  /**
   * What detection found: the phrases, and per pass the accepted pairs ({@link #pairKey} to phrase term), which
   * {@link #merge} applies to a document in pass order.
   */
  record Result(List<Found> found, List<LongIntHashMap> passes) {}

  /** Joins phrases in {@code docs} (rewritten in place); returns what was found. */
  Result apply(int[][] docs, Terms terms) {
    ExecutorService pool = Futures.pool(threads, "phrases");
    try {
      return apply(docs, terms, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private Result apply(int[][] docs, Terms terms, ExecutorService pool) {
    List<Found> found = new ArrayList<>();
    List<LongIntHashMap> passes = new ArrayList<>();
    // In the first pass any pair may become a phrase; afterwards only pairs with a phrase from the pass before
    // can, since joining only lowers the counts of the other pairs.
    boolean[] eligible = null;
    for (int pass = 0; pass < PASSES; pass++) {
      long[] unigrams = unigrams(docs, terms.size());
      int before = terms.size();
      LongIntHashMap accepted = score(docs, terms, unigrams, eligible, found, pool);
      if (accepted.isEmpty()) {
        break;
      }
      passes.add(accepted);
      inSlices(pool, docs.length, (from, to) -> {
        for (int d = from; d < to; d++) {
          docs[d] = merge(docs[d], accepted);
        }
        return null;
      });
      eligible = new boolean[terms.size()];
      java.util.Arrays.fill(eligible, before, terms.size(), true);
    }
    return new Result(found, passes);
  }

  private static long[] unigrams(int[][] docs, int termCount) {
    long[] unigrams = new long[termCount];
    for (int[] doc : docs) {
      for (int code : doc) {
        if (code >= 0) {
          unigrams[code]++;
        }
      }
    }
    return unigrams;
  }

  /** Counts candidates and returns those accepted, mapped to their phrase term ids. */
  private LongIntHashMap score(int[][] docs, Terms terms, long[] unigrams, boolean[] eligible, List<Found> found,
      ExecutorService pool) {
    long total = java.util.Arrays.stream(unigrams).sum();
    // Each thread counts a slice of the documents into its own map; the maps are then added up.
    List<LongIntHashMap> slices = inSlices(pool, docs.length, (from, to) -> {
      LongIntHashMap counts = new LongIntHashMap(eligible == null ? expectedPairs(docs, from, to) : 1 << 12);
      for (int d = from; d < to; d++) {
        int[] doc = docs[d];
        for (int i = 0; i < doc.length; i++) {
          if (doc[i] < 0) {
            continue;
          }
          int j = next(doc, i);
          // A pair can reach minCount only if both its terms do; rare pairs, most of all pairs, are not counted.
          if (j > 0 && unigrams[doc[i]] >= minCount && unigrams[doc[j]] >= minCount
              && (eligible == null || eligible[doc[i]] || eligible[doc[j]])) {
            counts.addTo(pairKey(doc, i, j), 1);
          }
        }
      }
      return counts;
    });
    LongIntHashMap pairs = slices.get(0);
    for (LongIntHashMap slice : slices.subList(1, slices.size())) {
      for (LongIntCursor c : slice) {
        pairs.addTo(c.key, c.value);
      }
    }
    // Sort keys so that phrase ids are assigned in a fixed order, whatever the hash map's iteration order.
    long[] keys = new long[pairs.size()];
    int n = 0;
    for (LongIntCursor c : pairs) {
      if (c.value >= minCount) {
        keys[n++] = c.key;
      }
    }
    java.util.Arrays.sort(keys, 0, n);
    LongIntHashMap accepted = new LongIntHashMap();
    for (int k = 0; k < n; k++) {
      long key = keys[k];
      int a = first(key);
      int b = second(key);
      if (a == b) {
        continue;
      }
      double count = pairs.get(key);
      double pab = count / total;
      if (pab >= 1) {
        continue; // a corpus of one pair says nothing about association
      }
      double npmi = Math.log(pab / ((unigrams[a] / (double) total) * (unigrams[b] / (double) total))) / -Math.log(pab);
      if (npmi >= threshold) {
        int phrase = phraseTerm(terms, a, connectors(key), b);
        accepted.put(key, phrase);
        found.add(new Found(phrase, (long) count, npmi));
      }
    }
    return accepted;
  }

  /**
   * A starting size for a slice's pair counts in the first pass, so that the map is not rebuilt many times while it
   * grows (each rebuild copies all it holds). Measured on cs.AI abstracts: one distinct candidate pair per 5.7
   * coded tokens at 20,000 papers, per 7.3 at 78,240 (the later passes count far fewer, and start small).
   */
  private static int expectedPairs(int[][] docs, int from, int to) {
    long tokens = 0;
    for (int d = from; d < to; d++) {
      tokens += docs[d].length;
    }
    return (int) Math.max(1 << 12, Math.min(1 << 22, tokens / 6));
  }

  /** Work on one slice of the documents, {@code [from, to)}. */
  private interface SliceWork<T> {
    T run(int from, int to);
  }

  /** Runs {@code work} on one contiguous slice of {@code n} documents per thread; results in slice order. */
  private <T> List<T> inSlices(ExecutorService pool, int n, SliceWork<T> work) {
    int slice = Math.max(1, (n + threads - 1) / threads);
    List<Future<T>> futures = new ArrayList<>();
    for (int from = 0; from < n; from += slice) {
      int start = from;
      int end = Math.min(n, from + slice);
      futures.add(pool.submit(() -> work.run(start, end)));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(Futures.await(future, "finding phrases"));
    }
    if (results.isEmpty()) {
      results.add(work.run(0, 0));
    }
    return results;
  }

  /** The position of the term that may pair with the term at {@code i}: after at most two connectors. */
  private static int next(int[] doc, int i) {
    int j = i + 1;
    int connectors = 0;
    while (j < doc.length && TermMapper.isConnector(doc[j]) && connectors < MAX_CONNECTORS) {
      j++;
      connectors++;
    }
    return j < doc.length && doc[j] >= 0 ? j : -1;
  }

  /** a (25 bits) | b (25 bits) | first connector (5 bits) | second connector (5 bits); 0 means none. */
  private static long pairKey(int[] doc, int i, int j) {
    long key = ((long) doc[i] << 35) | ((long) doc[j] << 10);
    int slot = 5;
    for (int c = i + 1; c < j; c++, slot -= 5) {
      key |= (long) (-2 - doc[c]) << slot; // connector code -3 - index stored as index + 1
    }
    return key;
  }

  /** The key of terms {@code a} and {@code b} with the connector codes between them (at most two). */
  static long pairKey(int a, int[] connectors, int b) {
    int[] doc = new int[connectors.length + 2];
    doc[0] = a;
    System.arraycopy(connectors, 0, doc, 1, connectors.length);
    doc[doc.length - 1] = b;
    return pairKey(doc, 0, doc.length - 1);
  }

  static int first(long key) {
    return (int) (key >>> 35);
  }

  static int second(long key) {
    return (int) ((key >>> 10) & 0x1FFFFFF);
  }

  /** The connector codes inside a pair key, in order. */
  static int[] connectors(long key) {
    int first = (int) ((key >>> 5) & 0x1F);
    int second = (int) (key & 0x1F);
    if (first == 0) {
      return new int[0];
    }
    return second == 0 ? new int[] {-2 - first} : new int[] {-2 - first, -2 - second};
  }

  /** The phrase term of a sequence of term and connector codes, added if new. */
  static int phraseTerm(Terms terms, int[] codes) {
    StringBuilder key = new StringBuilder();
    StringBuilder display = new StringBuilder();
    for (int i = 0; i < codes.length; i++) {
      int code = codes[i];
      if (key.length() > 0) {
        key.append(Terms.PHRASE_JOINER);
        display.append(' ');
      }
      key.append(code >= 0 ? terms.key(code) : TermMapper.connector(code));
      // Words before the last modify it and show in the singular: "instruction tuning", "preference data".
      display.append(code < 0 ? TermMapper.connector(code)
          : i < codes.length - 1 ? terms.modifierDisplay(code) : terms.display(code));
    }
    return terms.phrase(key.toString(), display.toString());
  }

  private static int phraseTerm(Terms terms, int a, int[] connectors, int b) {
    int[] codes = new int[connectors.length + 2];
    codes[0] = a;
    System.arraycopy(connectors, 0, codes, 1, connectors.length);
    codes[codes.length - 1] = b;
    return phraseTerm(terms, codes);
  }

  /** Replaces accepted pairs, left to right, by their phrase terms. */
  static int[] merge(int[] doc, LongIntHashMap accepted) {
    int[] out = new int[doc.length];
    int n = 0;
    for (int i = 0; i < doc.length; i++) {
      if (doc[i] >= 0) {
        int j = next(doc, i);
        if (j > 0) {
          int index = accepted.indexOf(pairKey(doc, i, j));
          if (accepted.indexExists(index)) {
            out[n++] = accepted.indexGet(index);
            i = j;
            continue;
          }
        }
      }
      out[n++] = doc[i];
    }
    return n == doc.length ? out : java.util.Arrays.copyOf(out, n);
  }
}
