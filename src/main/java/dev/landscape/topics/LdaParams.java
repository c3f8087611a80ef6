package dev.landscape.topics;

/**
 * Settings of one LDA training run. Invalid values are refused with a message that names the option.
 *
 * @param topics number of topics K
 * @param iterations Gibbs sampling sweeps over the corpus; with {@code untilConverged}, the most to run
 * @param priors the Dirichlet priors and how often they are re-estimated
 * @param threads sampler threads; results depend on it, so it is fixed by the user, never by the machine
 * @param seed random seed; the same seed, input and threads give the same model
 * @param untilConverged stop when sampling has converged ({@code --iterations auto}, see {@link Convergence})
 */
public record LdaParams(int topics, int iterations, Priors priors, int threads, int seed, boolean untilConverged) {
  /** The most iterations {@code --iterations auto} runs. */
  public static final int AUTO_MAX_ITERATIONS = 2000;

  /** The smallest --alpha accepted. */
  public static final double MIN_ALPHA = 1e-6;
  /** The largest --alpha and --beta accepted. */
  public static final double MAX_PRIOR = 1e6;

  /**
   * The priors.
   *
   * @param alphaSum sum of the document-topic Dirichlet prior over all topics (MALLET's {@code --alpha})
   * @param beta the topic-word Dirichlet prior per word
   * @param optimizeInterval re-estimate alpha and beta every this many iterations; 0 turns optimisation off
   * @param optimizeBurnIn iterations before the first optimisation
   */
  public record Priors(double alphaSum, double beta, int optimizeInterval, int optimizeBurnIn) {
    public Priors {
      // Below 1e-6 (1e-10 per topic at the most topics allowed) MALLET's log-likelihood turns infinite or NaN:
      // measured NaN at 1e-20 and infinite at 1e-15 on the default corpus, fine at 1e-12.
      check(alphaSum >= MIN_ALPHA && alphaSum <= MAX_PRIOR,
          "--alpha must be a number from 0.000001 to 1000000, found " + alphaSum);
      // Above a million the priors drown every count (the topics come out uniform) and, near 1e308, beta times the
      // vocabulary overflows: NaN in topics.csv and topics named "Unnamed" (issue 36).
      check(beta > 0 && beta <= MAX_PRIOR, "--beta must be a positive number of at most 1000000, found " + beta);
      check(optimizeInterval >= 0, "--optimize-interval must be 0 (off) or more, found " + optimizeInterval);
      check(optimizeBurnIn >= 0, "--optimize-burn-in must be 0 or more, found " + optimizeBurnIn);
    }
  }

  /** Settings for a fixed number of iterations. */
  public LdaParams(int topics, int iterations, double alphaSum, double beta, int optimizeInterval, int optimizeBurnIn,
      int threads, int seed) {
    this(topics, iterations, new Priors(alphaSum, beta, optimizeInterval, optimizeBurnIn), threads, seed, false);
  }

  public LdaParams {
    check(topics >= 2, "--topics must be at least 2, found " + topics);
    check(topics <= 10_000, "--topics must be at most 10000, found " + topics);
    check(iterations >= 1, "--iterations must be at least 1, found " + iterations);
    check(threads >= 1 && threads <= 256, "--threads must be between 1 and 256, found " + threads);
    check(seed != -1, "--seed -1 would make MALLET seed from the clock; choose another seed");
  }

  /** The same settings with another number of topics. */
  public LdaParams withTopics(int k) {
    return new LdaParams(k, iterations, priors, threads, seed, untilConverged);
  }

  public double alphaSum() {
    return priors.alphaSum();
  }

  public double beta() {
    return priors.beta();
  }

  public int optimizeInterval() {
    return priors.optimizeInterval();
  }

  public int optimizeBurnIn() {
    return priors.optimizeBurnIn();
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
