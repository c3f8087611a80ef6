package dev.landscape.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.landscape.io.InputException;
import dev.landscape.io.TsvRows;
import dev.landscape.text.TextModel;
import dev.landscape.themes.ThemeRule;
import dev.landscape.text.TextModelFiles;
import dev.landscape.topics.TopicModel;
import dev.landscape.io.TsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes and reads the durable model, {@code model/} in every report: plain UTF-8 files (TSV and JSON, specified in
 * docs/model-format.md) rather than Java serialization, whose saved objects break when classes change.
 * {@code model.json} carries the format name and version and every file's SHA-256 and size; reading checks them all
 * before it trusts a byte, and says which file is missing, damaged or from another version.
 */
public final class ModelFiles {
  /** The model's folder inside a report. */
  public static final String DIR = "model";
  public static final String DESCRIPTION = "model.json";
  static final String FORMAT = "landscape-model";
  static final int VERSION = 3;
  /**
   * The versions read: 2 differs only in its themes' rule (theme-learning.tsv has no topic_led column, and a
   * paper that never names a learned theme could join it), and is placed by this version's rule.
   */
  static final java.util.Set<Integer> READS = java.util.Set.of(2, 3);
  static final String TOPICS = "topics.tsv";
  static final String THEMES = "themes.tsv";
  static final String TOPIC_WORDS = "topic-words.tsv";
  /** Most topics a model may have: far above any use, and a bound on what a damaged model.json can ask for. */
  static final int MAX_TOPICS = 100_000;
  /** Largest model.json read: it holds settings and checksums, a few KiB. */
  static final int MAX_DESCRIPTION = 1 << 20;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper SNAKE_CASE = new ObjectMapper()
      .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ModelFiles() {}

  /**
   * Writes {@code model} into {@code dir} (created), with what it says of the run that trained it; the format, the
   * counts and the file checksums are added here.
   */
  public static void write(Path dir, SavedModel model) throws IOException {
    Files.createDirectories(dir);
    List<String> files = new ArrayList<>(TextModelFiles.write(model.text(), dir));
    writeTopics(dir, model);
    files.addAll(List.of(TOPICS, THEMES, TOPIC_WORDS));
    ThemeLearningFiles.write(dir, model.learning(), model.topics().vocabularySize());
    files.addAll(ThemeLearningFiles.FILES);
    // A JSON tree rather than a record: the file is flat (provenance, counts and checksums side by side), and its
    // reader checks each field by hand for one-line messages.
    ObjectNode description = JSON.createObjectNode();
    description.put("format", FORMAT);
    description.put("format_version", VERSION);
    description.setAll((ObjectNode) SNAKE_CASE.valueToTree(model.about()));
    TopicModel topics = model.topics();
    description.put("topics", topics.topicCount());
    description.put("themes", model.themes().size());
    description.put("vocabulary", topics.vocabularySize());
    description.put("terms", model.text().termCount());
    description.put("forms", model.text().formCount());
    description.put("corpus_tokens", model.text().corpusTokens());
    description.put("beta", topics.beta());
    description.put("seed", model.seed());
    ObjectNode checksums = description.putObject("files");
    for (String file : files) {
      ObjectNode entry = checksums.putObject(file);
      entry.put("sha256", sha256(dir.resolve(file)));
      entry.put("bytes", Files.size(dir.resolve(file)));
    }
    JSON.writeValue(dir.resolve(DESCRIPTION).toFile(), description);
  }

  private static void writeTopics(Path dir, SavedModel model) throws IOException {
    TopicModel topics = model.topics();
    try (TsvWriter out = TsvWriter.create(dir.resolve(TOPICS), List.of("topic", "alpha", "theme", "label"))) {
      for (int k = 0; k < topics.topicCount(); k++) {
        // Doubles as Java's shortest round-trip text, so the reader gets back the very same numbers.
        out.row(k, topics.alpha(k), model.themeOfTopic()[k], model.topicLabels().get(k));
      }
    }
    try (TsvWriter out = TsvWriter.create(dir.resolve(THEMES), List.of("theme", "kind", "name", "parent"))) {
      for (int t = 0; t < model.themes().size(); t++) {
        SavedModel.ThemeName theme = model.themes().get(t);
        out.row(t, theme.kind().key(), theme.name(), theme.parent() == null ? "" : theme.parent());
      }
    }
    try (TsvWriter out = TsvWriter.create(dir.resolve(TOPIC_WORDS), List.of("word", "counts"))) {
      for (int w = 0; w < topics.vocabularySize(); w++) {
        int word = w;
        out.row(w, pairs(topics.topicCount(), k -> topics.count(k, word)));
      }
    }
  }

  /** The non-zero counts of topics 0 to {@code topics - 1} as {@code topic:count} pairs separated by spaces. */
  static String pairs(int topics, java.util.function.IntUnaryOperator count) {
    StringBuilder row = new StringBuilder();
    for (int k = 0; k < topics; k++) {
      int n = count.applyAsInt(k);
      if (n > 0) {
        row.append(row.length() == 0 ? "" : " ").append(k).append(':').append(n);
      }
    }
    return row.toString();
  }

  /**
   * The model folder {@code given} names: itself when it holds a model, else the {@code model/} folder of the report
   * folder it names (so {@code --model reports} works as {@code --model reports/model} does), else itself, for the
   * reader to refuse with its own message.
   */
  public static Path locate(Path given) {
    if (java.nio.file.Files.isRegularFile(given.resolve(DESCRIPTION))) {
      return given;
    }
    Path inside = given.resolve(DIR);
    return java.nio.file.Files.isRegularFile(inside.resolve(DESCRIPTION)) ? inside : given;
  }

  /** Reads the model in {@code dir}, checking its format version and every file's checksum first. */
  public static SavedModel read(Path dir) {
    JsonNode description = description(dir);
    verify(dir, description);
    int topicCount = (int) integer(dir, description, "topics", 1, MAX_TOPICS);
    int vocabularySize = (int) integer(dir, description, "vocabulary", 1, Integer.MAX_VALUE - 8);
    long corpusTokens = integer(dir, description, "corpus_tokens", 0, Long.MAX_VALUE);
    double beta = positive(dir, description, "beta");
    int seed = (int) integer(dir, description, "seed", Integer.MIN_VALUE, Integer.MAX_VALUE);
    TextModel text = TextModelFiles.read(dir, corpusTokens);
    if (text.vocabulary().size() != vocabularySize) {
      throw damaged(dir, "terms.tsv lists " + text.vocabulary().size() + " vocabulary terms, model.json "
          + vocabularySize);
    }
    List<SavedModel.ThemeName> themes = new ArrayList<>();
    // The parent column came with format 2's later models; without it a theme has no parent.
    TsvRows.read(dir.resolve(THEMES), 3, 4, (row, at) -> {
      if (at.integer(row[0], 0, Integer.MAX_VALUE) != themes.size()) {
        throw at.fault("themes must be numbered 0, 1, 2, ... in order");
      }
      dev.landscape.themes.Theme.Kind kind;
      try {
        kind = dev.landscape.themes.Theme.Kind.of(row[1]);
      } catch (IllegalArgumentException e) {
        throw at.fault(e.getMessage());
      }
      themes.add(new SavedModel.ThemeName(row[2], kind, row.length < 4 || row[3].isEmpty() ? null : row[3]));
    });
    // Sizes are checked against the files' own rows before anything is allocated by them: a hand-edited model.json
    // saying two billion topics must be refused, not answered with an OutOfMemoryError.
    List<Double> alphas = new ArrayList<>();
    List<Integer> themeOfTopics = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    TsvRows.read(dir.resolve(TOPICS), 4, (row, at) -> {
      int k = at.integer(row[0], 0, topicCount - 1);
      if (k != labels.size()) {
        throw at.fault("topics must be numbered 0, 1, 2, ... in order");
      }
      alphas.add(at.positive(row[1]));
      themeOfTopics.add(at.integer(row[2], 0, themes.size() - 1));
      labels.add(row[3]);
    });
    if (labels.size() != topicCount) {
      throw damaged(dir, TOPICS + " lists " + labels.size() + " topics, model.json " + topicCount);
    }
    double[] alpha = alphas.stream().mapToDouble(Double::doubleValue).toArray();
    int[] themeOfTopic = themeOfTopics.stream().mapToInt(Integer::intValue).toArray();
    long countBytes = 4L * topicCount * vocabularySize;
    if (countBytes > Runtime.getRuntime().maxMemory() / 2) {
      throw new InputException("model " + dir + " needs " + (countBytes >> 20) + " MiB for its " + topicCount
          + " x " + vocabularySize + " topic-word counts, more than half of this Java's memory ("
          + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); give it more with LANDSCAPE_JAVA_OPTS=-Xmx...");
    }
    int[][] counts = new int[topicCount][vocabularySize];
    long[] topicTotals = new long[topicCount];
    int[] seen = {0};
    TsvRows.read(dir.resolve(TOPIC_WORDS), 2, (row, at) -> {
      int w = at.integer(row[0], 0, vocabularySize - 1);
      if (w != seen[0]++) {
        throw at.fault("words must be numbered 0, 1, 2, ... in order");
      }
      if (!row[1].isEmpty()) {
        for (String pair : row[1].split(" ")) {
          int colon = pair.indexOf(':');
          if (colon < 0) {
            throw at.fault("expected topic:count, found '" + pair + "'");
          }
          int k = at.integer(pair.substring(0, colon), 0, topicCount - 1);
          int count = at.integer(pair.substring(colon + 1), 1, Integer.MAX_VALUE);
          counts[k][w] = count;
          topicTotals[k] += count;
          if (topicTotals[k] > Integer.MAX_VALUE) { // MALLET keeps a topic's tokens in an int
            throw at.fault("topic " + k + " holds more than " + Integer.MAX_VALUE + " tokens");
          }
        }
      }
    });
    if (seen[0] != vocabularySize) {
      throw damaged(dir, TOPIC_WORDS + " lists " + seen[0] + " words, model.json " + vocabularySize);
    }
    String fingerprint;
    try {
      fingerprint = sha256(dir.resolve(DESCRIPTION));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve(DESCRIPTION) + ": " + e.getMessage(), e);
    }
    ThemeRule learning = ThemeLearningFiles.read(dir, themes, text.vocabulary(), topicCount);
    return new SavedModel(text, TopicModel.ofCounts(alpha, beta, counts), labels,
        new SavedModel.Themes(themes, themeOfTopic, learning), seed,
        SNAKE_CASE.convertValue(description, ModelProvenance.class), fingerprint);
  }

  private static JsonNode description(Path dir) {
    Path file = dir.resolve(DESCRIPTION);
    if (!Files.isDirectory(dir)) {
      throw new InputException("--model " + dir + ": no such folder (a report's model/ folder, for example "
          + "reports/model)");
    }
    try {
      if (!Files.exists(file)) {
        throw new NoSuchFileException(file.toString());
      }
      JsonNode description = JSON.readTree(dev.landscape.io.SmallFiles.bytes(file, MAX_DESCRIPTION));
      if (description == null || !description.isObject() || !FORMAT.equals(description.path("format").asText(null))) {
        throw new InputException(file + ": not a landscape model (format is not " + FORMAT + ")");
      }
      JsonNode version = description.get("format_version");
      if (version == null || !version.isInt() || !READS.contains(version.intValue())) {
        throw new InputException(file + ": model format version " + version + "; this landscape reads versions "
            + "2 and " + VERSION + ". Rebuild the model with this version's 'landscape run'");
      }
      return description;
    } catch (JsonProcessingException e) {
      throw new InputException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON: "
          + e.getOriginalMessage());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new InputException(dir + ": no " + DESCRIPTION + "; not a landscape model folder");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Checks that every file model.json lists is there, whole and unchanged. */
  private static void verify(Path dir, JsonNode description) {
    JsonNode listed = description.get("files");
    if (listed == null || !listed.isObject()) {
      throw damaged(dir, "model.json lists no files");
    }
    List<String> expected = new ArrayList<>(TextModelFiles.FILES);
    expected.addAll(List.of(TOPICS, THEMES, TOPIC_WORDS));
    expected.addAll(ThemeLearningFiles.FILES);
    for (String name : expected) {
      Path file = dir.resolve(name);
      JsonNode sha = listed.path(name).get("sha256");
      if (sha == null || !sha.isTextual()) {
        throw damaged(dir, "model.json has no checksum for " + name);
      }
      if (!Files.isRegularFile(file)) {
        throw damaged(dir, name + " is missing");
      }
      try {
        String actual = sha256(file);
        if (!actual.equals(sha.textValue())) {
          throw damaged(dir, name + " has changed since it was saved (SHA-256 " + actual.substring(0, 12)
              + "..., expected " + sha.textValue().substring(0, Math.min(12, sha.textValue().length())) + "...)");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
  }

  private static InputException damaged(Path dir, String what) {
    return new InputException("model " + dir + " is damaged: " + what);
  }

  private static JsonNode number(Path dir, JsonNode description, String key) {
    JsonNode value = description.get(key);
    if (value == null || !value.isNumber()) {
      throw damaged(dir, "model.json has no " + key);
    }
    return value;
  }

  /** A whole number from {@code min} to {@code max}: not a fraction, not cut to fit, not null. */
  private static long integer(Path dir, JsonNode description, String key, long min, long max) {
    JsonNode value = number(dir, description, key);
    if (!(value.isInt() || value.isLong()) || value.longValue() < min || value.longValue() > max) {
      throw damaged(dir, "model.json's " + key + " must be a whole number from " + min + " to " + max + ", found "
          + value);
    }
    return value.longValue();
  }

  private static double positive(Path dir, JsonNode description, String key) {
    JsonNode node = number(dir, description, key);
    double value = node.doubleValue();
    if (!(value > 0) || !Double.isFinite(value)) {
      throw damaged(dir, "model.json's " + key + " must be a positive number, found " + node);
    }
    return value;
  }

  public static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
