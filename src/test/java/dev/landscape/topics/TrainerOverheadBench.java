package dev.landscape.topics;

import cc.mallet.topics.ParallelTopicModel;
import dev.landscape.corpus.PaperStream;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.progress.Progress;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextOptions;
import dev.landscape.text.TextPreparer;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark, not a test (run by {@code bench/trainer-overhead.sh}): does our MALLET adapter slow the sampler down?
 * Prepares a corpus once, then trains on the same token ids with the same settings, in alternating rounds, two ways:
 * MALLET's {@link ParallelTopicModel} driven directly (addInstances, estimate, read the counts out) and
 * {@link MalletTopicTrainer#train} (the same, plus the averaged final sweeps and copying the counts into our records).
 * Prints each round's wall time and sampled tokens per second, and the ratio of the medians (issue 10: within 5%).
 *
 * <p>Arguments: CORPUS [TOPICS=50] [ITERATIONS=200] [THREADS=2] [ROUNDS=2]
 */
public final class TrainerOverheadBench {
  private TrainerOverheadBench() {}

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args[0]);
    int topics = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 2;

    PreparedCorpus corpus;
    try (PaperStream papers = PaperStream.open(input, ReadOptions.defaults())) {
      corpus = new TextPreparer(TextOptions.defaults(threads)).prepare(papers, Progress.NONE);
    }
    long tokens = corpus.tokens().tokenCount();
    LdaParams params = new LdaParams(topics, iterations, 5.0, 0.01, 20, 50, threads, 1);
    System.out.printf(Locale.ROOT, "corpus: %s, %,d papers, %,d tokens; K=%d, %d iterations, %d threads%n", input,
        corpus.papers().size(), tokens, topics, iterations, threads);
    System.out.printf(Locale.ROOT, "%-6s %-28s %10s %16s%n", "round", "", "wall s", "tokens/s");
    double[] direct = new double[rounds];
    double[] adapter = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      direct[round] = timeDirect(corpus, params);
      report(round, "MALLET ParallelTopicModel", direct[round], tokens, iterations);
      long start = System.nanoTime();
      new MalletTopicTrainer(params).train(corpus, Progress.NONE);
      adapter[round] = (System.nanoTime() - start) / 1e9;
      report(round, "landscape MalletTopicTrainer", adapter[round], tokens, iterations);
    }
    double ratio = median(adapter) / median(direct);
    System.out.printf(Locale.ROOT, "adapter time / direct time (medians): %.3f (target: at most 1.05)%n", ratio);
  }

  /** MALLET used directly on the same instances: what any MALLET user would write (estimate, read out). */
  private static double timeDirect(PreparedCorpus corpus, LdaParams params) throws Exception {
    long start = System.nanoTime();
    ParallelTopicModel model = MalletTopicTrainer.newModel(params); // the same settings, nothing else
    model.addInstances(MalletTopicTrainer.instances(corpus));
    model.estimate();
    model.getTypeTopicCounts();
    for (int d = 0; d < model.getData().size(); d++) {
      model.getTopicProbabilities(d);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static void report(int round, String what, double seconds, long tokens, int iterations) {
    System.out.printf(Locale.ROOT, "%-6d %-28s %10.1f %16.0f%n", round + 1, what, seconds,
        tokens * (double) iterations / seconds);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
