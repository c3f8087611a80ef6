package dev.landscape.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.landscape.io.InputException;
import dev.landscape.io.SmallFiles;
import dev.landscape.io.TsvRows;
import dev.landscape.selection.TopicSweep;
import dev.landscape.topics.TopicModel;
import dev.landscape.io.TsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads a {@link TrainingState} as the report folder's {@code state/}: {@code training.json} (how
 * training went, the seeding, the sweep, the checksum of the counts) and {@code document-topics.tsv} (per paper, its
 * id, its tokens and its topic counts summed over the final sweeps, sparse). Text, not Java serialization, for the
 * same reason as {@code model/}: it outlives the classes that wrote it. docs/model-format.md describes both files.
 */
public final class TrainingStateFiles {
  /** The folder of the report that holds the state. */
  public static final String DIR = "state";
  static final String DESCRIPTION = "training.json";
  static final String DOCUMENTS = "document-topics.tsv";
  static final String FORMAT = "landscape-training-state";
  static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private TrainingStateFiles() {}

  /**
   * training.json as Jackson binds it, flat (each part's fields unwrapped in place).
   *
   * @param header what the file is and its version
   * @param trained the topics, papers, sweeps and training statistics
   * @param seededFor per topic, the named theme whose seeds started it (null: none)
   * @param corpusSha256 the checksum of the prepared papers the model was trained on
   * @param seedPhrases the seed phrases joined into tokens
   * @param sweep the sweep that chose K, or null
   * @param checksums the checksums that tie the state to its files and its model
   */
  record Description(@JsonUnwrapped Format header, @JsonUnwrapped Trained trained, List<String> seededFor,
      String corpusSha256, List<String> seedPhrases, TopicSweep.Result sweep, @JsonUnwrapped Checksums checksums) {}

  /** The file's format and version. */
  record Format(String format, int formatVersion) {}

  /** What was trained: topics, papers, the sweeps summed, and the training statistics. */
  record Trained(int topics, int papers, int sweeps, Stats stats) {}

  /**
   * The checksums. {@code themeMembershipSha256} is only read, from states of earlier versions, which kept each
   * paper's theme membership (now placed again by the saved model's theme rule); it is written null.
   * {@code modelSha256} is the SHA-256 of the model.json written with this state (null in states written before it
   * was recorded).
   */
  record Checksums(String documentTopicsSha256, String themeMembershipSha256, String modelSha256) {}

  /** {@link TopicModel.TrainingStats}, with an unknown held-out likelihood as null rather than NaN. */
  record Stats(int iterations, long tokens, long millis, double logLikelihoodPerToken,
      Double heldOutLogLikelihoodPerToken, String stopped) {}

  /**
   * Writes {@code state} into {@code dir} (created), with {@code modelSha256}, the SHA-256 of the model.json written
   * with it: {@link #read} refuses a state beside another run's model.
   */
  public static void write(Path dir, TrainingState state, String modelSha256) throws IOException {
    Files.createDirectories(dir);
    TopicModel model = state.model();
    Path documents = dir.resolve(DOCUMENTS);
    try (TsvWriter out = TsvWriter.create(documents, List.of("paper", "id", "tokens", "counts"))) {
      for (int d = 0; d < model.documentCount(); d++) {
        int paper = d;
        out.row(d, state.paperIds().get(d), model.docLength(d),
            ModelFiles.pairs(model.topicCount(), k -> model.docTopicSum(paper, k)));
      }
    }
    TopicModel.TrainingStats s = model.stats();
    Stats stats = new Stats(s.iterations(), s.tokens(), s.millis(), s.logLikelihoodPerToken(),
        Double.isNaN(s.heldOutLogLikelihoodPerToken()) ? null : s.heldOutLogLikelihoodPerToken(), s.stopped());
    JSON.writeValue(dir.resolve(DESCRIPTION).toFile(), new Description(new Format(FORMAT, VERSION),
        new Trained(model.topicCount(), model.documentCount(), model.sweeps(), stats), state.seededFor(),
        state.corpusSha256(), state.seedPhrases(), state.sweep(),
        new Checksums(ModelFiles.sha256(documents), null, modelSha256)));
  }

  private static void checkSha(Path file, String sha256) {
    try {
      if (!Files.isRegularFile(file) || !ModelFiles.sha256(file).equals(sha256)) {
        throw new InputException(file + ": missing or changed since it was written (its SHA-256 differs)");
      }
    } catch (IOException e) {
      throw new InputException(file + ": " + e.getMessage());
    }
  }

  /**
   * Reads the state in {@code dir} over {@code saved}, the same run's {@code model/}. Every fault (a missing or
   * damaged file, counts that do not add up) is an {@link InputException}.
   */
  public static TrainingState read(Path dir, SavedModel savedModel) {
    TopicModel saved = savedModel.topics();
    Path file = dir.resolve(DESCRIPTION);
    if (!Files.isRegularFile(file)) {
      throw new InputException(dir + ": no " + DESCRIPTION + "; a report whose model was trained on a sample "
          + "(--train-sample), or written before landscape 0.1.0, keeps no training state, so it can only be made "
          + "again by landscape run");
    }
    Description about;
    try {
      about = JSON.readValue(SmallFiles.bytes(file, ModelFiles.MAX_DESCRIPTION), Description.class);
    } catch (JacksonException e) {
      throw new InputException(file + ": not a landscape training state (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new InputException(file + ": " + e.getMessage());
    }
    if (about == null || about.header() == null || !FORMAT.equals(about.header().format())
        || about.header().formatVersion() != VERSION) {
      throw new InputException(file + ": not a landscape training state of version " + VERSION);
    }
    int topics = saved.topicCount();
    Trained trained = about.trained();
    if (trained == null || trained.topics() != topics || about.seededFor() == null
        || about.seededFor().size() != topics || about.seedPhrases() == null || about.corpusSha256() == null
        || trained.papers() < 0 || trained.sweeps() < 1 || trained.stats() == null || about.checksums() == null) {
      throw new InputException(file + ": does not match model/ (" + (trained == null ? 0 : trained.topics())
          + " topics there, " + topics + " in the model)");
    }
    String modelSha256 = about.checksums().modelSha256();
    if (modelSha256 != null && !modelSha256.equals(savedModel.descriptionSha256())) {
      // model/ and state/ of two runs (seed 1 and seed 2, say): the report would mix two models (issue 36).
      throw new InputException(file + ": was written with another model than the one in model/ (its model.json "
          + "SHA-256 " + modelSha256 + ", model/ has " + savedModel.descriptionSha256() + "): model/ and "
          + "state/ come from different runs");
    }
    Path documents = dir.resolve(DOCUMENTS);
    checkSha(documents, about.checksums().documentTopicsSha256());
    int papers = trained.papers();
    int[] counts = new int[Math.multiplyExact(papers, topics)];
    int[] lengths = new int[papers];
    List<String> ids = new ArrayList<>(papers);
    TsvRows.read(documents, 4, (row, at) -> {
      int d = ids.size();
      if (d >= papers || at.integer(row[0], 0, papers - 1) != d) {
        throw at.fault("expected paper " + d + " of " + papers);
      }
      ids.add(row[1]);
      lengths[d] = at.integer(row[2], 0, Integer.MAX_VALUE);
      long sum = 0;
      for (String pair : row[3].isEmpty() ? new String[0] : row[3].split(" ")) {
        int colon = pair.indexOf(':');
        if (colon < 0) {
          throw at.fault("expected topic:count, found '" + pair + "'");
        }
        int k = at.integer(pair.substring(0, colon), 0, topics - 1);
        int n = at.integer(pair.substring(colon + 1), 1, Integer.MAX_VALUE);
        counts[d * topics + k] = n;
        sum += n;
      }
      if (sum != (long) lengths[d] * trained.sweeps()) {
        throw at.fault("topic counts add up to " + sum + ", not tokens x sweeps = "
            + (long) lengths[d] * trained.sweeps());
      }
    });
    if (ids.size() != papers) {
      throw new InputException(documents + ": " + ids.size() + " papers, " + DESCRIPTION + " says " + papers);
    }
    Stats s = trained.stats();
    TopicModel.TrainingStats stats = new TopicModel.TrainingStats(s.iterations(), s.tokens(), s.millis(),
        s.logLikelihoodPerToken(), s.heldOutLogLikelihoodPerToken() == null ? Double.NaN
            : s.heldOutLogLikelihoodPerToken(), s.stopped());
    int[][] topicWord = new int[topics][saved.vocabularySize()];
    for (int k = 0; k < topics; k++) {
      for (int w = 0; w < saved.vocabularySize(); w++) {
        topicWord[k][w] = saved.count(k, w);
      }
    }
    double[] alpha = new double[topics];
    for (int k = 0; k < topics; k++) {
      alpha[k] = saved.alpha(k);
    }
    TopicModel model = TopicModel.restore(alpha, saved.beta(), topicWord, counts, trained.sweeps(), lengths, stats);
    // A theme-membership.tsv of an earlier version is not read: the saved model's theme rule places the papers again.
    return new TrainingState(model, ids, about.seededFor(), about.sweep(), about.corpusSha256(), about.seedPhrases());
  }
}
