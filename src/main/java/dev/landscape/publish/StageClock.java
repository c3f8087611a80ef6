package dev.landscape.publish;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Measures the wall time of each stage, in order, for run.json; stages on other threads may overlap. */
public final class StageClock {
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private final long start = System.nanoTime();

  public <T> T time(String stage, Supplier<T> work) {
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      synchronized (millis) {
        millis.merge(stage, (System.nanoTime() - t0) / 1_000_000, Long::sum);
      }
    }
  }

  /** Stage timings so far, plus the total since the clock started. */
  public Map<String, Long> snapshot() {
    Map<String, Long> copy;
    synchronized (millis) {
      copy = new LinkedHashMap<>(millis);
    }
    copy.put("total", (System.nanoTime() - start) / 1_000_000);
    return copy;
  }
}
