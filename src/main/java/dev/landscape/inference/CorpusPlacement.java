package dev.landscape.inference;

import dev.landscape.concurrent.Futures;
import dev.landscape.progress.Progress;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.topics.MalletInferencer;
import dev.landscape.topics.TopicModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Places every paper of a prepared corpus on a model trained on a sample of it ({@code --train-sample}), with the
 * sampler {@code landscape infer} uses and its default settings, each paper seeded by the model seed and its id: a
 * paper's proportions are those {@code landscape infer} gives it with the run's saved model, bit for bit, whatever
 * the threads.
 */
public final class CorpusPlacement {
  /** Papers per task: large enough that scheduling costs nothing, small enough to balance two cores. */
  private static final int CHUNK = 512;

  private CorpusPlacement() {}

  /** The whole corpus placed on {@code trained} (seeded by {@code seed}), as a {@link TopicModel#placed} model. */
  public static TopicModel place(TopicModel trained, PreparedCorpus corpus, int seed, int threads,
      Progress progress) {
    MalletInferencer inferencer = new MalletInferencer(trained, corpus.vocabulary().words(),
        MalletInferencer.Settings.defaults(seed));
    int papers = corpus.papers().size();
    int topics = trained.topicCount();
    double[] proportions = new double[papers * topics];
    int[] lengths = new int[papers];
    ThreadLocal<MalletInferencer.Sampler> samplers = ThreadLocal.withInitial(inferencer::sampler);
    AtomicLong done = new AtomicLong();
    List<Callable<Void>> tasks = new ArrayList<>();
    try (Progress.Task task = progress.start("Placing", papers, "papers")) {
      for (int from = 0; from < papers; from += CHUNK) {
        int start = from;
        int end = Math.min(papers, from + CHUNK);
        tasks.add(() -> {
          MalletInferencer.Sampler sampler = samplers.get();
          for (int d = start; d < end; d++) {
            int[] words = corpus.tokens().tokens(d);
            lengths[d] = words.length;
            System.arraycopy(sampler.proportions(corpus.papers().get(d).id(), words), 0, proportions,
                d * topics, topics);
          }
          task.stepTo(done.addAndGet(end - start));
          return null;
        });
      }
      Futures.all(tasks, threads, "place", "placing the papers on the sampled model");
    }
    return TopicModel.placed(trained, proportions, lengths);
  }
}
