package dev.landscape.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first pass over a corpus: each document as ids of surface forms (case preserved), with {@link #BOUNDARY}
 * where a clause ends, and the count of each form.
 *
 * <p>Tokenizing threads number forms in their own {@link TokenTable}s; batches are merged here, in corpus order,
 * by one thread, which gives corpus ids in order of first appearance: the same whatever the number of threads.
 */
final class RawCorpus {
  static final int BOUNDARY = -1;

  /** What one tokenizing thread made of one batch of papers. */
  record ScannedBatch(int worker, List<String> newForms, List<int[]> documents, byte[] scans) {}

  private final Map<String, Integer> ids = new HashMap<>(1 << 16);
  private final List<String> surfaces = new ArrayList<>();
  private int[] counts = new int[1 << 12];
  private final List<int[]> documents = new ArrayList<>();
  private final List<List<String>> workerForms = new ArrayList<>();
  private final List<int[]> workerToCorpus = new ArrayList<>();
  private long tokens;

  /** Merges a batch; batches must come in corpus order. */
  void add(ScannedBatch batch) {
    while (workerForms.size() <= batch.worker()) {
      workerForms.add(new ArrayList<>());
      workerToCorpus.add(new int[0]);
    }
    List<String> forms = workerForms.get(batch.worker());
    forms.addAll(batch.newForms());
    int[] map = workerToCorpus.get(batch.worker());
    if (map.length < forms.size()) {
      int old = map.length;
      map = Arrays.copyOf(map, Math.max(forms.size(), old * 2));
      Arrays.fill(map, old, map.length, -1);
      workerToCorpus.set(batch.worker(), map);
    }
    for (int[] doc : batch.documents()) {
      for (int i = 0; i < doc.length; i++) {
        int local = doc[i];
        if (local == BOUNDARY) {
          continue;
        }
        int id = map[local];
        if (id < 0) {
          id = map[local] = corpusId(forms.get(local));
        }
        doc[i] = id;
        counts[id]++;
        tokens++;
      }
      documents.add(doc);
    }
  }

  private int corpusId(String form) {
    Integer id = ids.get(form);
    if (id == null) {
      id = surfaces.size();
      ids.put(form, id);
      surfaces.add(form);
      if (id == counts.length) {
        counts = Arrays.copyOf(counts, counts.length * 2);
      }
    }
    return id;
  }

  int typeCount() {
    return surfaces.size();
  }

  String surface(int id) {
    return surfaces.get(id);
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

  /** Drops document {@code d} once it has been mapped, to bound memory; threads may drop distinct documents. */
  void release(int d) {
    documents.set(d, null);
  }
}
