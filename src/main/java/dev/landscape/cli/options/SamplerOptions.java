package dev.landscape.cli.options;

import dev.landscape.topics.LdaParams;
import picocli.CommandLine.Option;

/** The topic model's sampler: iterations, priors, their optimisation, threads and seed. */
public final class SamplerOptions {
  @Option(names = "--iterations", paramLabel = "N|auto", defaultValue = "1000", description = "Gibbs sampling "
      + "iterations. auto stops when the model has converged: checked every 50 iterations from 200 on, the "
      + "log-likelihood per token is less than 0.1%% above its best and topics kept 80%% of their top 10 words "
      + "(at most 2000; the stop is recorded in run.json).")
  String iterations;

  @Option(names = "--alpha", paramLabel = "SUM", defaultValue = "5.0",
      description = "Sum of the document-topic prior over all topics (MALLET's --alpha).")
  double alpha;

  @Option(names = "--beta", paramLabel = "B", defaultValue = "0.01", description = "Topic-word prior per word.")
  double beta;

  @Option(names = "--optimize-interval", paramLabel = "N", defaultValue = "20",
      description = "Re-estimate alpha and beta every N iterations; 0 turns it off.")
  int optimizeInterval;

  @Option(names = "--optimize-burn-in", paramLabel = "N", defaultValue = "50",
      description = "Iterations before the first re-estimation of alpha and beta.")
  int optimizeBurnIn;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Threads for tokenizing and sampling. Results depend on it, so the default is fixed rather "
          + "than taken from the machine: the same input, seed and threads give byte-identical CSVs anywhere.")
  int threads;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed.")
  int seed;

  /**
   * The sampler's settings, with a placeholder K of 2 (the real K is set once the corpus is read).
   *
   * @throws IllegalArgumentException naming the option that is wrong
   */
  public LdaParams lda() {
    boolean auto = iterations.strip().equalsIgnoreCase("auto");
    int count;
    try {
      count = auto ? LdaParams.AUTO_MAX_ITERATIONS : Integer.parseInt(iterations.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--iterations expects a number or auto, found '" + iterations + "'");
    }
    return new LdaParams(2, count, new LdaParams.Priors(alpha, beta, optimizeInterval, optimizeBurnIn), threads, seed,
        auto);
  }

  public int threads() {
    return threads;
  }
}
