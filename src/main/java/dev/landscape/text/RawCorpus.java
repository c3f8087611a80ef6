package dev.landscape.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The first pass over a corpus: each document as ids of surface tokens (case preserved), with {@link #BOUNDARY}
 * where a clause ends, and the count of each surface form.
 *
 * <p>Tokenizing threads intern tokens concurrently ({@link #intern}), so ids are first given in whatever order the
 * threads meet them; {@link #seal()} then renumbers the surface forms in sorted order, which makes every later
 * step independent of thread scheduling.
 */
final class RawCorpus {
  static final int BOUNDARY = -1;

  private final Map<String, Integer> ids = new ConcurrentHashMap<>(1 << 16);
  private final AtomicInteger nextId = new AtomicInteger();
  private final List<int[]> documents = new ArrayList<>();
  private String[] surfaces;
  private int[] counts;
  private long tokens;

  /** Turns one document's tokens (from {@link Tokenizer#scan}) into ids; safe to call from many threads. */
  int[] intern(List<String> scanned) {
    int[] doc = new int[scanned.size()];
    for (int i = 0; i < doc.length; i++) {
      String token = scanned.get(i);
      if (token == Tokenizer.BOUNDARY) {
        doc[i] = BOUNDARY;
      } else {
        Integer id = ids.get(token);
        doc[i] = id != null ? id : ids.computeIfAbsent(token, t -> nextId.getAndIncrement());
      }
    }
    return doc;
  }

  /** Appends a document interned by {@link #intern}; documents must be added in corpus order. */
  void add(int[] doc) {
    documents.add(doc);
  }

  /** Renumbers surface forms in sorted order and counts them; call once, after the last {@link #add}. */
  void seal() {
    int n = nextId.get();
    String[] byOldId = new String[n];
    ids.forEach((surface, id) -> byOldId[id] = surface);
    String[] sorted = byOldId.clone();
    Arrays.sort(sorted);
    int[] newId = new int[n];
    for (int i = 0; i < n; i++) {
      newId[ids.get(sorted[i])] = i;
    }
    surfaces = sorted;
    counts = new int[n];
    for (int[] doc : documents) {
      for (int i = 0; i < doc.length; i++) {
        if (doc[i] != BOUNDARY) {
          doc[i] = newId[doc[i]];
          counts[doc[i]]++;
          tokens++;
        }
      }
    }
    ids.clear();
  }

  int typeCount() {
    return surfaces.length;
  }

  String surface(int id) {
    return surfaces[id];
  }

  int count(int id) {
    return counts[id];
  }

  /** Tokens in all documents, boundaries not counted. */
  long tokens() {
    return tokens;
  }

  int documentCount() {
    return documents.size();
  }

  int[] document(int d) {
    return documents.get(d);
  }

  /** Drops document {@code d} once it has been mapped, to bound memory. */
  void release(int d) {
    documents.set(d, null);
  }
}
