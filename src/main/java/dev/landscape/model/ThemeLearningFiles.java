package dev.landscape.model;

import dev.landscape.io.TsvRows;
import dev.landscape.text.Vocabulary;
import dev.landscape.themes.ThemeRule;
import dev.landscape.themes.SeedIndex;
import dev.landscape.themes.ThemeFeatures;
import dev.landscape.themes.ThemeResult;
import dev.landscape.themes.ThemeSpec;
import dev.landscape.io.TsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The saved form of {@link ThemeRule} (docs/model-format.md): the named themes' seeds, whether and how each was
 * learned and whether the themes that were not take the papers their topics lead, the fold models' weights and the
 * inverse document frequencies the features use. Doubles are written as
 * Java's shortest exact decimal, so they read back as the same numbers.
 */
final class ThemeLearningFiles {
  static final String SEEDS = "theme-seeds.tsv";
  static final String LEARNING = "theme-learning.tsv";
  static final String WEIGHTS = "theme-weights.tsv";
  static final String IDF = "theme-idf.tsv";
  static final List<String> FILES = List.of(SEEDS, LEARNING, WEIGHTS, IDF);

  private ThemeLearningFiles() {}

  static void write(Path dir, ThemeRule learning, int vocabulary) throws IOException {
    List<ThemeSpec> specs = learning == null ? List.of() : learning.specs();
    try (TsvWriter out = TsvWriter.create(dir.resolve(SEEDS), List.of("theme", "seed"))) {
      for (int t = 0; t < specs.size(); t++) {
        for (String seed : specs.get(t).seeds()) {
          out.row(t, seed);
        }
      }
    }
    try (TsvWriter out = TsvWriter.create(dir.resolve(LEARNING), List.of("theme", "learned", "cut", "topic_led"))) {
      for (int t = 0; t < specs.size(); t++) {
        out.row(t, learning.learned()[t], learning.cut()[t], learning.topicLed());
      }
    }
    try (TsvWriter out = TsvWriter.create(dir.resolve(WEIGHTS), List.of("theme", "fold", "weights"))) {
      StringBuilder row = new StringBuilder();
      for (int t = 0; t < specs.size(); t++) {
        double[][] folds = learning.weights()[t];
        for (int f = 0; folds != null && f < folds.length; f++) {
          row.setLength(0);
          for (int i = 0; i < folds[f].length; i++) {
            if (folds[f][i] != 0) {
              row.append(row.length() == 0 ? "" : " ").append(i).append(':').append(folds[f][i]);
            }
          }
          out.row(t, f, row);
        }
      }
    }
    try (TsvWriter out = TsvWriter.create(dir.resolve(IDF), List.of("word", "idf", "title_idf"))) {
      if (learning != null) {
        double[] idf = learning.features().idf();
        double[] titleIdf = learning.features().titleIdf();
        for (int w = 0; w < vocabulary; w++) {
          out.row(w, idf[w], titleIdf[w]);
        }
      }
    }
  }

  /** Reads what {@link #write} wrote, or null when the model has no named themes. */
  static ThemeRule read(Path dir, List<SavedModel.ThemeName> themes, Vocabulary vocabulary, int topics) {
    int named = (int) themes.stream().filter(t -> t.kind() == dev.landscape.themes.Theme.Kind.NAMED).count();
    if (named == 0) {
      return null;
    }
    List<List<String>> seeds = new ArrayList<>();
    for (int t = 0; t < named; t++) {
      seeds.add(new ArrayList<>());
    }
    TsvRows.read(dir.resolve(SEEDS), 2, (row, at) -> seeds.get(at.integer(row[0], 0, named - 1)).add(row[1]));
    List<ThemeSpec> specs = new ArrayList<>();
    for (int t = 0; t < named; t++) {
      if (seeds.get(t).isEmpty()) {
        throw new dev.landscape.io.InputException(dir.resolve(SEEDS) + ": named theme " + t + " has no seeds");
      }
      specs.add(new ThemeSpec(themes.get(t).name(), "", seeds.get(t), null));
    }
    boolean[] learned = new boolean[named];
    double[] cut = new double[named];
    int[] rows = {0};
    // Models of format 2 have no topic_led column: their themes that were not learned always took the topics' papers.
    boolean[] topicLed = {true};
    TsvRows.read(dir.resolve(LEARNING), 3, 4, (row, at) -> {
      int t = at.integer(row[0], 0, named - 1);
      learned[t] = Boolean.parseBoolean(row[1]);
      cut[t] = at.number(row[2]);
      if (row.length > 3) {
        topicLed[0] = Boolean.parseBoolean(row[3]);
      }
      rows[0]++;
    });
    if (rows[0] != named) {
      throw new dev.landscape.io.InputException(dir.resolve(LEARNING) + ": lists " + rows[0] + " themes, "
          + "themes.tsv " + named + " named ones");
    }
    int v = vocabulary.size();
    int features = 2 * v + topics;
    List<List<double[]>> folds = new ArrayList<>();
    for (int t = 0; t < named; t++) {
      folds.add(new ArrayList<>());
    }
    TsvRows.read(dir.resolve(WEIGHTS), 3, (row, at) -> {
      int t = at.integer(row[0], 0, named - 1);
      double[] weights = new double[features + 1];
      if (!row[2].isEmpty()) {
        for (String pair : row[2].split(" ")) {
          int colon = pair.indexOf(':');
          if (colon < 0) {
            throw at.fault("expected feature:weight, found '" + pair + "'");
          }
          weights[at.integer(pair.substring(0, colon), 0, features)] = at.number(pair.substring(colon + 1));
        }
      }
      folds.get(t).add(weights);
    });
    double[][][] weights = new double[named][][];
    for (int t = 0; t < named; t++) {
      if (learned[t] && folds.get(t).isEmpty()) {
        throw new dev.landscape.io.InputException(dir.resolve(WEIGHTS) + ": no weights for learned theme " + t);
      }
      weights[t] = learned[t] ? folds.get(t).toArray(double[][]::new) : null;
    }
    double[] idf = new double[v];
    double[] titleIdf = new double[v];
    TsvRows.read(dir.resolve(IDF), 3, (row, at) -> {
      int w = at.integer(row[0], 0, v - 1);
      idf[w] = at.number(row[1]);
      titleIdf[w] = at.number(row[2]);
    });
    boolean[] left = ThemeResult.seedTerms(SeedIndex.build(specs, vocabulary), v);
    return new ThemeRule(specs, learned, cut, weights, new ThemeFeatures(idf, titleIdf, left, topics), topicLed[0]);
  }
}
