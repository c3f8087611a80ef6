package dev.landscape.selection;

import dev.landscape.progress.Progress;
import dev.landscape.quality.QualityReport;
import dev.landscape.quality.Stability;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.topics.HeldOut;
import dev.landscape.topics.LdaParams;
import dev.landscape.topics.MalletTopicTrainer;
import dev.landscape.topics.TopicDescriber;
import dev.landscape.topics.TopicModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the number of topics with evidence. Each candidate K is trained with {@link #SEEDS} seeds (with fewer
 * iterations than the final model) on the papers not {@link HeldOut held out}, and scored by four measures:
 * mean c_npmi, held-out log-likelihood per token, topic diversity, and stability across the seeds.
 *
 * <p>The rule: each measure is min-max normalized over the candidates (1 for the best K), the four are averaged,
 * and the K with the highest average wins; ties go to the smaller K. Likelihood usually rises with K while
 * coherence, diversity and stability fall, so the average finds where they balance.
 */
public final class TopicSweep {
  public static final int SEEDS = 3;

  /**
   * One candidate's scores, each the mean over the seeds (stability over the pairs of seeds).
   *
   * @param score the average of the four normalized measures, in [0, 1]
   */
  public record Candidate(int topics, double npmi, double heldOut, double diversity, double stability,
      double score) {}

  /**
   * The sweep's outcome.
   *
   * @param candidates every K tried, in order
   * @param chosen the K chosen
   * @param explanation one sentence on why
   * @param iterations Gibbs iterations per candidate model
   * @param trainingPapers papers each candidate was trained on
   * @param heldOutPapers papers each candidate was scored on
   */
  public record Result(List<Candidate> candidates, int chosen, String explanation, int iterations,
      int trainingPapers, int heldOutPapers) {
    public Result {
      candidates = List.copyOf(candidates);
    }
  }

  private final Progress progress;

  public TopicSweep(Progress progress) {
    this.progress = progress;
  }

  /**
   * Tries every K of {@code range} that the corpus can carry, with {@code base}'s settings, on a fixed sample of at
   * most {@code sample} papers (a corpus's topic structure shows well before its last paper, and three models per K
   * on all of a large corpus would take hours).
   */
  public Result run(PreparedCorpus corpus, LdaParams base, TopicRange range, int iterations, int sample) {
    double fraction = Math.min(1.0, (double) sample / corpus.papers().size());
    PreparedCorpus training = HeldOut.training(corpus, fraction);
    List<int[]> heldOut = HeldOut.heldOut(corpus, fraction);
    List<Integer> values = range.values().stream().filter(k -> k <= training.papers().size()).toList();
    if (values.isEmpty()) {
      throw new dev.landscape.io.InputException(corpus.readStats().file() + ": " + training.papers().size()
          + " papers to train on is fewer than the smallest number of topics to try (" + range.from() + ")");
    }
    List<double[]> raw = new ArrayList<>();
    try (Progress.Task task = progress.start("Sweeping K", (long) values.size() * SEEDS, "models")) {
      int done = 0;
      for (int k : values) {
        List<TopicModel> models = new ArrayList<>();
        double npmi = 0;
        double likelihood = 0;
        double diversity = 0;
        for (int s = 0; s < SEEDS; s++) {
          LdaParams params = new LdaParams(k, iterations, base.alphaSum(), base.beta(), base.optimizeInterval(),
              Math.min(base.optimizeBurnIn(), iterations / 2), base.threads(), base.seed() + s);
          TopicModel model = new MalletTopicTrainer(params).train(training, heldOut, Progress.NONE);
          QualityReport quality = QualityReport.assess(model, training,
              TopicDescriber.describe(model, training.vocabulary(), QualityReport.TOP_WORDS));
          models.add(model);
          npmi += quality.meanCoherence().npmi() / SEEDS;
          likelihood += model.stats().heldOutLogLikelihoodPerToken() / SEEDS;
          diversity += quality.diversity() / SEEDS;
          task.stepTo(++done);
          task.message("K=" + k);
        }
        raw.add(new double[] {k, npmi, likelihood, diversity, Stability.of(models)});
      }
    }
    Result chosen = choose(raw, iterations);
    return new Result(chosen.candidates(), chosen.chosen(), chosen.explanation(), iterations,
        training.papers().size(), heldOut.size());
  }

  /** Applies the rule to the raw scores: rows of {K, npmi, held-out, diversity, stability}. */
  static Result choose(List<double[]> raw, int iterations) {
    double[][] normalized = new double[raw.size()][4];
    for (int m = 0; m < 4; m++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double[] row : raw) {
        if (!Double.isNaN(row[m + 1])) {
          min = Math.min(min, row[m + 1]);
          max = Math.max(max, row[m + 1]);
        }
      }
      for (int i = 0; i < raw.size(); i++) {
        double value = raw.get(i)[m + 1];
        normalized[i][m] = Double.isNaN(value) || max == min ? 0.5 : (value - min) / (max - min);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    int best = 0;
    for (int i = 0; i < raw.size(); i++) {
      double[] r = raw.get(i);
      double score = (normalized[i][0] + normalized[i][1] + normalized[i][2] + normalized[i][3]) / 4;
      candidates.add(new Candidate((int) r[0], r[1], r[2], r[3], r[4], score));
      if (score > candidates.get(best).score()) {
        best = i;
      }
    }
    Candidate c = candidates.get(best);
    String explanation = String.format(Locale.ROOT, "K = %d has the best balance of the %d values tried "
            + "(score %.2f of 1): c_npmi %.3f, held-out log-likelihood per token %.3f, diversity %.2f, "
            + "stability %.2f, each compared with the other values of K.",
        c.topics(), candidates.size(), c.score(), c.npmi(), c.heldOut(), c.diversity(), c.stability());
    return new Result(candidates, c.topics(), explanation, iterations, 0, 0);
  }
}
