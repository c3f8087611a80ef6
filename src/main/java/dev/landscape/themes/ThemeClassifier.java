package dev.landscape.themes;

import dev.landscape.concurrent.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Learns, for each named theme, how its papers read: the evidence a {@link ThemeRule} asks of a paper that names the
 * theme only weakly. The examples are the papers that name it strongly ({@link SeedEvidence#strong}: a seed in the
 * title, or two different seeds in the abstract; on 300 labelled cs.AI papers 89% of these are about the theme); the
 * counter-examples, papers that name none of its seeds. Papers that name it weakly (one seed, in the abstract only:
 * half of them are about something else, the seed said in passing) are left out of training: they are what the model
 * judges. A logistic regression over each paper's words without the seed terms and its title's words ({@link
 * ThemeFeatures}) learns what else the examples say.
 *
 * <p>The model that scores papers is trained on all examples (as three fold models, whose mean is the score), and
 * the bar a weak paper must reach is the median score of the strong papers, each scored by the fold model that did
 * not train on it: a paper that names the theme once must read at least as much like it as a typical paper that names
 * it plainly. No threshold is tuned; a paper scores the same in a run, in {@code landscape infer} and in Spark.
 *
 * <p>A theme fewer than {@link #MIN_EXAMPLES} papers name strongly is not learned, nor is any theme of a corpus of
 * fewer than {@link #MIN_PAPERS} papers: a few hundred examples teach a model little.
 */
final class ThemeClassifier {
  /** Folds of the cross-fitting of the bar. */
  static final int FOLDS = 3;
  /**
   * Most counter-examples trained on, drawn by id: they teach what a theme's papers do not say, and beyond tens of
   * thousands more of them only cost time.
   */
  static final int MAX_COUNTER_EXAMPLES = 15_000;
  /** A theme with fewer strong papers than this is not learned: its members are its carriers (see ThemeRule). */
  static final int MIN_EXAMPLES = 10;
  /**
   * Nor is any theme of a corpus smaller than this: each fold's model would learn from a few hundred papers at most,
   * and the topics say more (issue 5's 39 papers are placed by their topics and seeds).
   */
  static final int MIN_PAPERS = 1_000;

  private ThemeClassifier() {}

  /**
   * What was learned.
   *
   * @param learned per named theme, whether it was learned
   * @param weights per named theme and fold, the fold model's weights (null for a theme not learned)
   * @param cut per named theme, the score a paper that names it weakly must reach (1 for a theme not learned)
   */
  record Learned(boolean[] learned, double[][][] weights, double[] cut) {}

  /**
   * Learns every named theme of {@code evidence}.
   *
   * @param rows every paper's features
   * @param ids the papers' ids, which choose their fold and which counter-examples are trained on
   */
  static Learned learn(SparseRows rows, SeedEvidence evidence, List<String> ids, int threads) {
    int papers = rows.rows();
    int themes = evidence.themes();
    int[] fold = new int[papers];
    long[] draw = new long[papers];
    for (int d = 0; d < papers; d++) {
      long h = mix(ids.get(d).hashCode());
      fold[d] = (int) Math.floorMod(h, FOLDS);
      draw[d] = h >>> 8;
    }
    boolean[] learned = new boolean[themes];
    double[][][] weights = new double[themes][][];
    double[] cuts = new double[themes];
    java.util.Arrays.fill(cuts, 1);
    List<Callable<Void>> work = new ArrayList<>();
    for (int t = 0; t < themes; t++) {
      int theme = t;
      work.add(() -> {
        int strong = 0;
        int silent = 0;
        for (int d = 0; d < papers; d++) {
          strong += evidence.strong(d, theme) ? 1 : 0;
          silent += evidence.mentions(d, theme) ? 0 : 1;
        }
        if (strong < MIN_EXAMPLES || papers < MIN_PAPERS) {
          return null;
        }
        long keep = counterExampleBar(draw, evidence, theme, silent);
        weights[theme] = new double[FOLDS][];
        double[] heldOut = new double[papers];
        for (int f = 0; f < FOLDS; f++) {
          int[] use = trainingPapers(evidence, theme, fold, f, draw, keep);
          boolean[] y = new boolean[use.length];
          for (int i = 0; i < use.length; i++) {
            y[i] = evidence.strong(use[i], theme);
          }
          weights[theme][f] = LinearTrainer.train(rows, use, y);
          for (int d = 0; d < papers; d++) {
            if (fold[d] == f && evidence.strong(d, theme)) {
              heldOut[d] = sigmoid(rows.dot(d, weights[theme][f]));
            }
          }
        }
        cuts[theme] = strongMedian(heldOut, evidence, theme);
        learned[theme] = true;
        return null;
      });
    }
    Futures.all(work, threads, "themes", "learning themes");
    return new Learned(learned, weights, cuts);
  }

  /**
   * The draw below which a paper that names none of theme {@code t}'s seeds is a counter-example: all of them when
   * there are at most {@link #MAX_COUNTER_EXAMPLES}, else that many, by id.
   */
  private static long counterExampleBar(long[] draw, SeedEvidence evidence, int t, int silent) {
    if (silent <= MAX_COUNTER_EXAMPLES) {
      return Long.MAX_VALUE;
    }
    long[] drawn = new long[silent];
    int n = 0;
    for (int d = 0; d < draw.length; d++) {
      if (!evidence.mentions(d, t)) {
        drawn[n++] = draw[d];
      }
    }
    java.util.Arrays.sort(drawn);
    return drawn[MAX_COUNTER_EXAMPLES - 1];
  }

  /** The papers fold model {@code f} trains on: the strong papers and the drawn counter-examples of other folds. */
  private static int[] trainingPapers(SeedEvidence evidence, int t, int[] fold, int f, long[] draw, long keep) {
    int n = 0;
    int[] use = new int[fold.length];
    for (int d = 0; d < fold.length; d++) {
      if (fold[d] != f && (evidence.strong(d, t) || (!evidence.mentions(d, t) && draw[d] <= keep))) {
        use[n++] = d;
      }
    }
    return java.util.Arrays.copyOf(use, n);
  }

  /** The median held-out score of the papers that name theme {@code t} strongly. */
  private static double strongMedian(double[] s, SeedEvidence evidence, int t) {
    double[] strong = java.util.stream.IntStream.range(0, s.length).filter(d -> evidence.strong(d, t))
        .mapToDouble(d -> s[d]).sorted().toArray();
    return strong.length == 0 ? 1 : strong[strong.length / 2];
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Spreads the bits of a string hash (which for ids like 2401.00001 differ little). */
  private static long mix(int h) {
    long z = h * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    return z ^ (z >>> 31);
  }
}
