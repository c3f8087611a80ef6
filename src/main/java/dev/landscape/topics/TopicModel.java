package dev.landscape.topics;

import java.util.Arrays;

/**
 * A trained topic model, copied out of MALLET: topic-word counts, document-topic counts and the priors.
 * Immutable: the arrays never leave this class.
 *
 * <p>Proportions are smoothed the way MALLET's doc-topics output smooths them:
 * {@code (n_dk + alpha_k) / (n_d + sum(alpha))}, where {@code n_dk} is averaged over the final sweeps of training;
 * word weights {@code (n_kw + beta) / (n_k + V beta)} from the final sample.
 */
public final class TopicModel {
  private final double[] alpha;
  private final double alphaSum;
  private final double beta;
  private final int vocabularySize;
  /** Topic-major counts: {@code topicWord[k][w]}. */
  private final int[][] topicWord;
  private final long[] topicTokens;
  /** The documents: sampled by training (counts), or placed by inference (proportions). */
  private final Documents documents;
  private final TrainingStats stats;

  TopicModel(double[] alpha, double beta, int[][] topicWord, int[] docTopic, int sweeps, int[] docLength,
      TrainingStats stats) {
    this(alpha, beta, topicWord, new Sampled(docTopic, sweeps, docLength), stats);
  }

  private TopicModel(double[] alpha, double beta, int[][] topicWord, Documents documents, TrainingStats stats) {
    this.alpha = alpha.clone();
    this.alphaSum = Arrays.stream(alpha).sum();
    this.beta = beta;
    this.topicWord = topicWord;
    this.vocabularySize = topicWord.length == 0 ? 0 : topicWord[0].length;
    this.topicTokens = Arrays.stream(topicWord).mapToLong(row -> Arrays.stream(row).asLongStream().sum()).toArray();
    this.documents = documents;
    this.stats = stats;
  }

  /**
   * A model's documents: what {@link #docTopicCount} and {@link #proportion} read. Training leaves each document's
   * topic counts summed over the final sweeps ({@link Sampled}); inference on a model trained on a sample leaves
   * each document's proportions ({@link Placed}).
   */
  private sealed interface Documents permits Sampled, Placed {
    int[] lengths();
  }

  /**
   * Documents as training sampled them.
   *
   * @param docTopic document-major topic counts summed over {@code sweeps} final sweeps, {@code [d * K + k]}
   * @param sweeps the final sweeps summed
   * @param lengths each document's tokens
   */
  private record Sampled(int[] docTopic, int sweeps, int[] lengths) implements Documents {}

  /**
   * Documents as inference placed them.
   *
   * @param proportions document-major topic proportions, {@code [d * K + k]}
   * @param lengths each document's tokens
   */
  private record Placed(double[] proportions, int[] lengths) implements Documents {}

  /**
   * A model of topic-word counts and priors only, as a saved model holds it: no documents.
   *
   * @param topicWord {@code topicWord[k][w]}, topic-major; kept, not copied
   */
  public static TopicModel ofCounts(double[] alpha, double beta, int[][] topicWord) {
    return new TopicModel(alpha, beta, topicWord, new int[0], 1, new int[0],
        new TrainingStats(0, 0, 0, Double.NaN, Double.NaN, ""));
  }

  /**
   * A trained model as a saved report folder holds it, documents included, so the stages after training can run
   * again without training. The arrays are kept, not copied.
   *
   * @param docTopic document-major topic counts summed over {@code sweeps} final sweeps, {@code docTopic[d * K + k]}
   */
  public static TopicModel restore(double[] alpha, double beta, int[][] topicWord, int[] docTopic, int sweeps,
      int[] docLength, TrainingStats stats) {
    if (docTopic.length != docLength.length * alpha.length) {
      throw new IllegalArgumentException(docTopic.length + " document-topic counts for " + docLength.length
          + " documents and " + alpha.length + " topics");
    }
    return new TopicModel(alpha, beta, topicWord, docTopic, sweeps, docLength, stats);
  }

  /**
   * The model trained on a sample with every paper of the corpus placed on it by inference ({@code --train-sample}):
   * the topic-word counts and priors of {@code trained}, each document's proportions as the inferencer gave them
   * (so that a paper's row is the one {@code landscape infer} writes), and {@code trained}'s training statistics.
   *
   * @param proportions document-major, {@code proportions[d * K + k]}; kept, not copied
   * @param docLength each placed document's tokens
   */
  public static TopicModel placed(TopicModel trained, double[] proportions, int[] docLength) {
    if (proportions.length != docLength.length * trained.alpha.length) {
      throw new IllegalArgumentException(proportions.length + " proportions for " + docLength.length
          + " documents and " + trained.alpha.length + " topics");
    }
    return new TopicModel(trained.alpha, trained.beta, trained.topicWord, new Placed(proportions, docLength),
        trained.stats);
  }

  /** Tokens of document {@code d} assigned to topic {@code k}, summed over the {@link #sweeps()} final sweeps. */
  public int docTopicSum(int d, int k) {
    if (!(documents instanceof Sampled sampled)) {
      throw new IllegalStateException("a placed model has proportions, not token counts");
    }
    return sampled.docTopic()[d * alpha.length + k];
  }

  /** The number of final sweeps {@link #docTopicCount} averages over. */
  public int sweeps() {
    return documents instanceof Sampled sampled ? sampled.sweeps() : 1;
  }

  public int topicCount() {
    return alpha.length;
  }

  public int documentCount() {
    return documents.lengths().length;
  }

  public int vocabularySize() {
    return vocabularySize;
  }

  /** The document-topic prior of topic {@code k} (after optimisation, when it ran). */
  public double alpha(int k) {
    return alpha[k];
  }

  public double alphaSum() {
    return alphaSum;
  }

  public double beta() {
    return beta;
  }

  /** Tokens of word {@code w} assigned to topic {@code k}. */
  public int count(int k, int w) {
    return topicWord[k][w];
  }

  /** Tokens assigned to topic {@code k}. */
  public long topicTokens(int k) {
    return topicTokens[k];
  }

  /** The smoothed probability of word {@code w} under topic {@code k}. */
  public double wordWeight(int k, int w) {
    return (topicWord[k][w] + beta) / (topicTokens[k] + vocabularySize * beta);
  }

  /** Tokens of document {@code d} assigned to topic {@code k}, averaged over the final sweeps. */
  public double docTopicCount(int d, int k) {
    if (documents instanceof Placed placed) {
      return Math.max(0, placed.proportions()[d * alpha.length + k] * (docLength(d) + alphaSum) - alpha[k]);
    }
    Sampled sampled = (Sampled) documents;
    return sampled.docTopic()[d * alpha.length + k] / (double) sampled.sweeps();
  }

  public int docLength(int d) {
    return documents.lengths()[d];
  }

  /** The smoothed share of topic {@code k} in document {@code d}. */
  public double proportion(int d, int k) {
    if (documents instanceof Placed placed) {
      return placed.proportions()[d * alpha.length + k];
    }
    return (docTopicCount(d, k) + alpha[k]) / (docLength(d) + alphaSum);
  }

  public TrainingStats stats() {
    return stats;
  }

  /**
   * How training went.
   *
   * @param iterations sweeps run
   * @param tokens tokens in the training corpus
   * @param millis wall time of sampling
   * @param logLikelihoodPerToken the model log-likelihood divided by the number of tokens, at the end
   * @param heldOutLogLikelihoodPerToken left-to-right log-likelihood per token of held-out papers; NaN when none
   * @param stopped why sampling stopped: "fixed" or {@code --iterations auto}'s last convergence check
   */
  public record TrainingStats(int iterations, long tokens, long millis, double logLikelihoodPerToken,
      double heldOutLogLikelihoodPerToken, String stopped) {
    /** Gibbs sampling throughput: token assignments sampled per second. */
    public double tokensPerSecond() {
      return millis == 0 ? 0 : (double) tokens * iterations / (millis / 1000.0);
    }
  }
}
