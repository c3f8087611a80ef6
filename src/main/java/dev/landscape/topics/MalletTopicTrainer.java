package dev.landscape.topics;

import cc.mallet.topics.MarginalProbEstimator;
import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.topics.TopicAssignment;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import dev.landscape.progress.Progress;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TokenizedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one adapter to MALLET's topic model: feeds it our token ids, runs {@link ParallelTopicModel}, and copies the
 * counts out into a {@link TopicModel}. No other class imports {@code cc.mallet.topics}.
 */
public final class MalletTopicTrainer {
  /** MALLET logs {@code <10> LL/token: -8.1234} every ten iterations; we read it for progress. */
  private static final Pattern ITERATION = Pattern.compile("^<(\\d+)>(?: LL/token: (\\S+))?");

  private final LdaParams params;
  private final TopicSeeding seeding;

  public MalletTopicTrainer(LdaParams params) {
    this(params, TopicSeeding.NONE);
  }

  /** A trainer whose sampler starts from {@code seeding}'s guided assignments. */
  public MalletTopicTrainer(LdaParams params, TopicSeeding seeding) {
    this.params = params;
    this.seeding = seeding;
  }

  /** Particles of MALLET's left-to-right estimator (its own default is 10). */
  static final int PARTICLES = 10;
  /** Final sweeps whose document-topic counts are averaged (fewer for short runs: a tenth of the iterations). */
  static final int AVERAGED_SWEEPS = 20;

  /** The sweeps averaged for a run of {@code iterations}. */
  static int averagedSweeps(int iterations) {
    return Math.max(1, Math.min(AVERAGED_SWEEPS, iterations / 10));
  }

  /** Trains on every document of {@code corpus}. */
  public TopicModel train(PreparedCorpus corpus, Progress progress) {
    return train(corpus, List.of(), progress);
  }

  /**
   * Trains on every document of {@code corpus}, then scores {@code heldOut} (documents as ids of the same
   * vocabulary, not trained on) with MALLET's left-to-right {@code MarginalProbEstimator}, seeded like the model.
   */
  public TopicModel train(PreparedCorpus corpus, List<int[]> heldOut, Progress progress) {
    ParallelTopicModel model = newModel(params);
    model.addInstances(instances(corpus));
    if (seeding.isActive()) {
      seedAssignments(model);
    }

    long tokens = corpus.tokens().tokenCount();
    long start = System.nanoTime();
    int averaged = averagedSweeps(params.untilConverged() ? Integer.MAX_VALUE : params.iterations());
    int[] docTopic = new int[corpus.papers().size() * params.topics()];
    String stopped = "fixed";
    int sampled;
    try (Progress.Task task = progress.start("Training", params.iterations(), "iterations")) {
      Handler listener = new IterationListener(task);
      ParallelTopicModel.logger.addHandler(listener);
      try {
        int budget = Math.max(0, params.iterations() - averaged);
        if (params.untilConverged()) {
          Convergence convergence = new Convergence();
          sampled = 0;
          while (sampled < budget) {
            sampleChunk(model, sampled, Math.min(Convergence.CHECK_EVERY, budget - sampled));
            sampled += Math.min(Convergence.CHECK_EVERY, budget - sampled);
            task.stepTo(sampled);
            long[] sizes = java.util.Arrays.stream(model.getTokensPerTopic()).asLongStream().toArray();
            if (convergence.check(sampled, model.modelLogLikelihood() / Math.max(1, tokens), topWords(model), sizes)) {
              break;
            }
          }
          stopped = convergence.state();
        } else {
          if (budget > 0) {
            model.setNumIterations(budget);
            model.estimate();
          }
          sampled = budget;
        }
        // The last sweeps one at a time, adding up each paper's topic counts: a paper's proportions are then the
        // average of these samples rather than the last one alone, so papers between two themes do not flip on
        // the noise of a single sweep. Each sweep gets its own seed, since MALLET seeds its samplers per estimate().
        model.setNumIterations(1);
        for (int sweep = 0; sweep < averaged; sweep++) {
          model.setRandomSeed(params.seed() + 1 + sweep);
          model.estimate();
          addDocTopicCounts(model, docTopic);
          task.stepTo(sampled + sweep + 1);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("MALLET could not train", e);
      } finally {
        ParallelTopicModel.logger.removeHandler(listener);
      }
      task.stepTo(params.iterations());
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    double llPerToken = tokens == 0 ? 0 : model.modelLogLikelihood() / tokens;
    double heldOutPerToken = heldOut.isEmpty() ? Double.NaN : heldOutLogLikelihood(model, heldOut);
    return copyOut(model, corpus.tokens(), corpus.vocabulary().size(), docTopic, averaged,
        new TopicModel.TrainingStats(sampled + averaged, tokens, millis, llPerToken, heldOutPerToken, stopped));
  }

  /** MALLET's model with our settings, before any instances are added. */
  static ParallelTopicModel newModel(LdaParams params) {
    ParallelTopicModel model = new ParallelTopicModel(params.topics(), params.alphaSum(), params.beta());
    // The seed must be set before addInstances(), which draws the initial topic assignments from it.
    model.setRandomSeed(params.seed());
    model.setNumThreads(params.threads());
    model.setNumIterations(params.iterations());
    model.setOptimizeInterval(params.optimizeInterval());
    model.setBurninPeriod(params.optimizeBurnIn());
    model.setTopicDisplay(0, 0); // MALLET would otherwise log every topic's words every 50 iterations
    return model;
  }

  /**
   * Runs {@code iterations} more iterations after {@code done}, for {@code --iterations auto}. MALLET counts
   * iterations from 1 in every estimate() and seeds its samplers there, so each chunk gets its own seed and the
   * optimisation burn-in is shifted by what is done.
   */
  private void sampleChunk(ParallelTopicModel model, int done, int iterations) throws IOException {
    if (done > 0) {
      model.setRandomSeed(params.seed() + 7919 * (done / Convergence.CHECK_EVERY));
      model.setBurninPeriod(Math.max(0, params.optimizeBurnIn() - done));
    }
    model.setNumIterations(iterations);
    model.estimate();
  }

  /** Each topic's most frequent words now, for the convergence check. */
  private static int[][] topWords(ParallelTopicModel model) {
    int topics = model.getNumTopics();
    int[][] typeTopicCounts = model.getTypeTopicCounts();
    int[][] counts = new int[topics][typeTopicCounts.length];
    for (int type = 0; type < typeTopicCounts.length; type++) {
      for (int packed : typeTopicCounts[type]) {
        if (packed <= 0) {
          break;
        }
        counts[packed & model.topicMask][type] += packed >> model.topicBits;
      }
    }
    int[][] top = new int[topics][];
    for (int k = 0; k < topics; k++) {
      int[] row = counts[k];
      top[k] = TopIds.of(row.length, Convergence.TOP_WORDS, w -> row[w] > 0, w -> row[w]);
    }
    return top;
  }

  /** Adds each document's current topic counts into {@code docTopic}. */
  private static void addDocTopicCounts(ParallelTopicModel model, int[] docTopic) {
    int topics = model.getNumTopics();
    List<TopicAssignment> data = model.getData();
    for (int d = 0; d < data.size(); d++) {
      int[] assignments = data.get(d).topicSequence.getFeatures();
      int length = ((FeatureSequence) data.get(d).instance.getData()).getLength();
      for (int position = 0; position < length; position++) {
        docTopic[d * topics + assignments[position]]++;
      }
    }
  }

  /**
   * Replaces MALLET's random start with a guided one, then has MALLET rebuild its counts from the assignments. Seed
   * tokens start in their topic with probability {@code confidence}. A paper whose seed tokens point to topic t
   * (most of them; ties to the lower topic) also starts its other tokens in t, each with probability
   * {@code confidence * s / (s + 2)} for its s seed tokens of t: one mention is weak evidence of what the paper is
   * about, several are strong. A random stream of its own, from the model seed, keeps this repeatable.
   */
  private void seedAssignments(ParallelTopicModel model) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(params.seed());
    int[] votes = new int[params.topics()];
    for (TopicAssignment document : model.getData()) {
      FeatureSequence tokens = (FeatureSequence) document.instance.getData();
      int[] topics = document.topicSequence.getFeatures();
      java.util.Arrays.fill(votes, 0);
      int lead = -1;
      for (int position = 0; position < tokens.getLength(); position++) {
        int topic = seeding.topicOf(tokens.getIndexAtPosition(position));
        if (topic >= 0 && topic < params.topics()) {
          votes[topic]++;
          if (lead < 0 || votes[topic] > votes[lead] || votes[topic] == votes[lead] && topic < lead) {
            lead = topic;
          }
        }
      }
      double pull = lead < 0 ? 0 : seeding.confidence() * votes[lead] / (votes[lead] + 2.0);
      for (int position = 0; position < tokens.getLength(); position++) {
        int topic = seeding.topicOf(tokens.getIndexAtPosition(position));
        if (topic >= 0 && topic < params.topics()) {
          if (random.nextDouble() < seeding.confidence()) {
            topics[position] = topic;
          }
        } else if (lead >= 0 && random.nextDouble() < pull) {
          topics[position] = lead;
        }
      }
    }
    model.buildInitialTypeTopicCounts();
  }

  /** Log-likelihood per token of documents the model was not trained on. */
  private double heldOutLogLikelihood(ParallelTopicModel model, List<int[]> heldOut) {
    Alphabet alphabet = model.getAlphabet();
    InstanceList instances = new InstanceList(alphabet, null);
    long tokens = 0;
    for (int[] doc : heldOut) {
      instances.add(new Instance(new FeatureSequence(alphabet, doc), null, null, null));
      tokens += doc.length;
    }
    MarginalProbEstimator estimator = quietly(model::getProbEstimator);
    estimator.setRandomSeed(params.seed());
    return tokens == 0 ? Double.NaN : estimator.evaluateLeftToRight(instances, PARTICLES, false, null) / tokens;
  }

  /** Our documents as MALLET instances over an alphabet whose ids equal our vocabulary ids. */
  static InstanceList instances(PreparedCorpus corpus) {
    Alphabet alphabet = new Alphabet(corpus.vocabulary().size());
    for (String word : corpus.vocabulary().words()) {
      alphabet.lookupIndex(word, true);
    }
    InstanceList instances = new InstanceList(alphabet, null);
    TokenizedCorpus tokens = corpus.tokens();
    for (int d = 0; d < tokens.documentCount(); d++) {
      FeatureSequence sequence = new FeatureSequence(alphabet, tokens.tokens(d));
      instances.add(new Instance(sequence, null, corpus.papers().get(d).id(), null));
    }
    return instances;
  }

  /**
   * Runs {@code action} with standard error silenced: MALLET's {@code MarginalProbEstimator} constructor prints a
   * line to {@code System.err} instead of logging it, once per model.
   */
  private static <T> T quietly(java.util.function.Supplier<T> action) {
    synchronized (System.class) {
      java.io.PrintStream err = System.err;
      System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
      try {
        return action.get();
      } finally {
        System.setErr(err);
      }
    }
  }

  private static TopicModel copyOut(ParallelTopicModel model, TokenizedCorpus tokens, int vocabularySize,
      int[] docTopic, int sweeps, TopicModel.TrainingStats stats) {
    int topics = model.getNumTopics();
    int[][] topicWord = new int[topics][vocabularySize];
    int[][] typeTopicCounts = model.getTypeTopicCounts();
    for (int type = 0; type < typeTopicCounts.length; type++) {
      // Each entry packs (count << topicBits) | topic, sorted by count, zero-terminated.
      for (int packed : typeTopicCounts[type]) {
        if (packed <= 0) {
          break;
        }
        topicWord[packed & model.topicMask][type] += packed >> model.topicBits;
      }
    }
    int[] docLength = new int[tokens.documentCount()];
    for (int d = 0; d < docLength.length; d++) {
      docLength[d] = tokens.length(d);
    }
    return new TopicModel(model.alpha, model.beta, topicWord, docTopic, sweeps, docLength, stats);
  }

  /** Turns MALLET's iteration log lines into progress steps. */
  private static final class IterationListener extends Handler {
    private final Progress.Task task;

    IterationListener(Progress.Task task) {
      this.task = task;
    }

    @Override
    public void publish(LogRecord record) {
      String message = record.getMessage();
      if (message == null) {
        return;
      }
      Matcher m = ITERATION.matcher(message.strip());
      if (m.find()) {
        task.stepTo(Long.parseLong(m.group(1)));
        if (m.group(2) != null) {
          // MALLET's log-likelihood per token: it rises towards 0 as the model fits, and levels off when settled.
          // The value comes first: a narrow terminal crops the end of a bar's line.
          task.message(String.format(Locale.ROOT, "%s log-likelihood/token (rises as it fits)", m.group(2)));
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
