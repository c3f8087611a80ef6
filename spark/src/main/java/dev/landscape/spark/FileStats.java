package dev.landscape.spark;

import dev.landscape.corpus.ReadStats;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading one input file found ({@link ReadStats}) and the driver reports, serializable, to travel from its task
 * to the driver: the file, its records, and its faults with their first examples.
 */
record FileStats(int file, String name, String sha256, long bytes, long records, LinkedHashMap<String, Long> faults,
    LinkedHashMap<String, List<String>> examples) implements Serializable {
  static FileStats of(int file, ReadStats stats) {
    LinkedHashMap<String, List<String>> examples = new LinkedHashMap<>();
    stats.examples().forEach((kind, shown) -> examples.put(kind, new java.util.ArrayList<>(shown)));
    return new FileStats(file, stats.file(), stats.sha256(), stats.source().bytes(), stats.records(),
        new LinkedHashMap<>(stats.faults()), examples);
  }

  /** The faults of {@code files} summed by kind, in the order of the first file's kinds. */
  static Map<String, Long> faults(List<FileStats> files) {
    Map<String, Long> sum = new LinkedHashMap<>();
    files.forEach(f -> f.faults().forEach((kind, n) -> sum.merge(kind, n, Long::sum)));
    return sum;
  }

  /** The first examples of each kind, over {@code files} in order, at most {@code each} a kind. */
  static Map<String, List<String>> examples(List<FileStats> files, int each) {
    Map<String, List<String>> shown = new LinkedHashMap<>();
    for (FileStats f : files) {
      f.examples().forEach((kind, list) -> {
        List<String> kept = shown.computeIfAbsent(kind, k -> new java.util.ArrayList<>());
        list.stream().limit(Math.max(0, each - kept.size())).forEach(kept::add);
      });
    }
    return shown;
  }
}
