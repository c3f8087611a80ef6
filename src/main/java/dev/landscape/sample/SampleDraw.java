package dev.landscape.sample;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The draw of a {@link TrainingSample}, as a mergeable summary: per stratum, the ids of the {@code quota} papers
 * with the smallest {@link SampleHash} (ties: the smaller id). Draws over parts merge into the draw over the whole,
 * so a Spark job draws exactly the sample one machine draws from the same papers, on any partitioning, holding only
 * the sample's ids.
 */
public final class SampleDraw implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A paper's place in the draw. */
  private record Key(long hash, String id) implements Serializable {}

  private final int seed;
  private final HashMap<String, Long> quotas;
  /** Per stratum, the smallest keys seen, largest first so that the head is the one to drop. */
  private transient Map<String, PriorityQueue<Key>> kept = new HashMap<>();
  private ArrayList<String> strata = new ArrayList<>();
  private ArrayList<List<Key>> keys = new ArrayList<>();

  /** An empty draw of {@code quotas} papers per stratum under {@code seed}. */
  public SampleDraw(Map<String, Long> quotas, int seed) {
    this.quotas = new HashMap<>(quotas);
    this.seed = seed;
  }

  /** The quotas of {@code sample} over strata of {@code sizes} papers each (see {@link Quotas}). */
  public static Map<String, Long> quotas(TrainingSample sample, Map<String, Long> sizes) {
    List<String> names = new ArrayList<>(sizes.keySet());
    names.sort(null);
    long[] counts = names.stream().mapToLong(sizes::get).toArray();
    long[] quota = Quotas.largestRemainder(counts, sample.sizeFor(java.util.Arrays.stream(counts).sum()));
    Map<String, Long> quotas = new HashMap<>();
    for (int s = 0; s < names.size(); s++) {
      quotas.put(names.get(s), quota[s]);
    }
    return quotas;
  }

  private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::hash).thenComparing(Key::id);

  /** Offers a paper of {@code stratum}. */
  public void offer(String stratum, String id) {
    offer(stratum, new Key(SampleHash.of(seed, id), id));
  }

  private void offer(String stratum, Key key) {
    long quota = quotas.getOrDefault(stratum, 0L);
    if (quota == 0) {
      return;
    }
    PriorityQueue<Key> queue = kept().computeIfAbsent(stratum, s -> new PriorityQueue<>(ORDER.reversed()));
    if (queue.size() < quota) {
      queue.add(key);
    } else if (ORDER.compare(key, queue.peek()) < 0) {
      queue.poll();
      queue.add(key);
    }
  }

  /** Adds the papers {@code other} kept; returns this. */
  public SampleDraw merge(SampleDraw other) {
    other.kept().forEach((stratum, queue) -> queue.forEach(key -> offer(stratum, key)));
    return this;
  }

  /** The ids drawn. */
  public Set<String> ids() {
    Set<String> ids = new HashSet<>();
    kept().values().forEach(queue -> queue.forEach(key -> ids.add(key.id())));
    return ids;
  }

  private Map<String, PriorityQueue<Key>> kept() {
    if (kept == null) { // after deserialization: the queues travel as lists (their comparator cannot)
      kept = new HashMap<>();
      for (int s = 0; s < strata.size(); s++) {
        kept.put(strata.get(s), new PriorityQueue<>(ORDER.reversed()));
        kept.get(strata.get(s)).addAll(keys.get(s));
      }
    }
    return kept;
  }

  private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
    strata = new ArrayList<>(kept().keySet());
    keys = new ArrayList<>();
    strata.forEach(s -> keys.add(new ArrayList<>(kept.get(s))));
    out.defaultWriteObject();
  }
}
