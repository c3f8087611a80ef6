package dev.landscape.themes;

import dev.landscape.concurrent.Futures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Which named themes each paper belongs to, learned from the corpus itself. The papers that plainly carry a theme's
 * seeds ({@link SeedEvidence#carries}) are its examples, all others its counter-examples; a logistic regression over
 * every paper's words ({@link ThemeFeatures}) then scores each paper by how much it reads like the
 * examples. The models never see the seed terms themselves ({@link ThemeFeatures}), which chose the examples: they
 * learn what else the examples' papers say, so a paper that names a seed in passing while reading like something
 * else falls below papers that never name a seed but read like the theme. Scores are cross-fitted: a paper is
 * scored by models trained on the other folds, so its own label does not vouch for it.
 *
 * <p>A paper belongs to a learned theme when it plainly carries the theme's seeds, or when it is among those scored
 * highest (as many as counted) and scored at least as high as the median paper that carries them: the two views are
 * evidence each (measured on 300 labelled cs.AI papers, their union beats either alone; bench/themes-vs-gold.sh), but a
 * paper that never names the seeds must read at least as much like the theme as a typical paper that does. Without that
 * bar, in broad themes (agents, multimodal) most papers the classifier added were not about the theme (on the labelled
 * papers, 55 of the 91 it added, seed 1); with it (and topic features, since dropped), over three seeds, unlabelled
 * papers kept out of named themes rose from 0.60 to 0.69 and macro F1 from 0.681 to 0.692, primary accuracy fell from
 * 0.675 to 0.662. Its price: where the seeds name only half of a theme's papers, about half of the others (those
 * reading like the better half of the carriers) are found (ThemeClassifierTest).
 *
 * <p>A theme fewer than {@link #MIN_EXAMPLES} papers carry is not learned: its members are those papers and those
 * its topics lead.
 *
 * <p>How many papers belong: as many as carry the seeds, or as many as Elkan and Noto's estimate counts from the
 * first round's scores when that is more ({@link #elkanNoto}: seeds that few of a theme's papers use undercount it).
 * The seed rule errs both ways (seeds named in passing, papers about the theme that name none), and the classifier
 * decides which papers belong, not how many: no threshold is tuned, in any field. The examples are then renewed once ({@link #ROUNDS}): the second round learns
 * from the papers the first found most like the theme, which cleans the examples of papers that only mention a seed
 * and adds those that read like the theme without naming it.
 */
final class ThemeClassifier {
  /** Folds of the cross-fitting. */
  static final int FOLDS = 3;
  /** Training rounds: the seed rule's examples, then the papers the first round found most like them. */
  static final int ROUNDS = 2;
  /** Most papers trained on; larger corpora train on a sample chosen by id and score the rest with its models. */
  static final int MAX_TRAINING_PAPERS = 60_000;
  /** A theme with fewer examples than this is not learned: its members are its carriers and its topics' papers. */
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
   * @param membership every paper's scores and themes
   * @param weights per named theme and fold, the last round's weights (null for a theme not learned)
   * @param cut per named theme, the lowest score at which a paper that does not carry its seeds belongs (for a
   *     theme not learned, 1: its carriers only)
   */
  record Learned(Membership membership, double[][][] weights, double[] cut) {}

  /**
   * Scores and members of every paper.
   *
   * @param ids the papers' ids, which choose their fold and whether they are trained on
   */
  static Learned classify(SparseRows rows, SeedEvidence evidence, List<String> ids, int threads) {
    int papers = rows.rows();
    int themes = evidence.themes();
    int[] fold = new int[papers];
    boolean[] trained = new boolean[papers];
    double keep = Math.min(1.0, MAX_TRAINING_PAPERS / (double) Math.max(1, papers));
    for (int d = 0; d < papers; d++) {
      long h = mix(ids.get(d).hashCode());
      fold[d] = (int) Math.floorMod(h, FOLDS);
      trained[d] = keep >= 1.0 || (Math.floorMod(h >>> 8, 1_000_000) < keep * 1_000_000);
    }
    float[] score = new float[papers * themes];
    java.util.BitSet member = new java.util.BitSet(papers * themes);
    boolean[] learned = new boolean[themes];
    int[] counted = new int[themes];
    double[][][] weights = new double[themes][][];
    double[] cuts = new double[themes];
    List<Callable<Void>> work = new ArrayList<>();
    for (int t = 0; t < themes; t++) {
      int theme = t;
      work.add(() -> {
        boolean[] examples = new boolean[papers];
        int count = 0;
        for (int d = 0; d < papers; d++) {
          examples[d] = evidence.carries(d, theme);
          count += examples[d] ? 1 : 0;
        }
        double[] s = new double[papers];
        if (count < MIN_EXAMPLES || papers < MIN_PAPERS) {
          for (int d = 0; d < papers; d++) {
            s[d] = examples[d] ? 1 : 0;
          }
        } else {
          learned[theme] = true;
          int members = count;
          for (int round = 0; round < ROUNDS; round++) {
            weights[theme] = new double[FOLDS][];
            s = crossFitted(rows, examples, fold, trained, weights[theme]);
            if (round == 0) {
              members = Math.max(count, elkanNoto(s, examples));
            }
            examples = top(s, members);
          }
          counted[theme] = members;
        }
        // Learned: the papers scored highest, as many as counted, if at least as high as the median carrier, and those
        // that carry the seeds. Not learned: the papers that carry the seeds (and, added by
        // Membership#withTopicEvidence, those the topics put there).
        double cut = learned[theme] ? Math.max(kthLargest(s, counted[theme]), carriersMedian(s, evidence, theme))
            : 1;
        cuts[theme] = cut;
        synchronized (member) {
          for (int d = 0; d < papers; d++) {
            score[d * themes + theme] = (float) s[d];
            // Either view suffices: the paper's own words name the theme plainly, or it reads like those that do.
            if (s[d] >= cut || evidence.carries(d, theme)) {
              member.set(d * themes + theme);
            }
          }
        }
        return null;
      });
    }
    Futures.all(work, threads, "themes", "learning themes");
    return new Learned(new Membership(papers, themes, score, member, learned), weights, cuts);
  }

  /**
   * Each paper's score from models that did not train on it (papers not trained on get the folds' mean); the fold
   * models' weights go into {@code models}.
   */
  private static double[] crossFitted(SparseRows rows, boolean[] labels, int[] fold, boolean[] trained,
      double[][] models) {
    int papers = rows.rows();
    double[] s = new double[papers];
    for (int f = 0; f < FOLDS; f++) {
      int fit = 0;
      for (int d = 0; d < papers; d++) {
        fit += trained[d] && fold[d] != f ? 1 : 0;
      }
      int[] use = new int[fit];
      boolean[] y = new boolean[fit];
      int i = 0;
      for (int d = 0; d < papers; d++) {
        if (trained[d] && fold[d] != f) {
          use[i] = d;
          y[i++] = labels[d];
        }
      }
      double[] weights = LinearTrainer.train(rows, use, y);
      models[f] = weights;
      for (int d = 0; d < papers; d++) {
        if (trained[d] ? fold[d] == f : true) {
          s[d] += (trained[d] ? 1.0 : 1.0 / FOLDS) * sigmoid(rows.dot(d, weights));
        }
      }
    }
    return s;
  }

  /**
   * How many papers belong, by Elkan and Noto (2008): were the examples a random sample of the theme's papers, a
   * paper's probability of being an example, divided by the mean probability the examples themselves get, would be
   * its probability of belonging; the papers for which that is at least a half are counted (a sum of probabilities
   * would let the many small ones of the other papers add up to members). Seeds that only some of a theme's papers
   * use (two seeds for a subject of twelve words) undercount it; this count does not.
   */
  private static int elkanNoto(double[] s, boolean[] examples) {
    double sum = 0;
    int n = 0;
    for (int d = 0; d < s.length; d++) {
      if (examples[d]) {
        sum += s[d];
        n++;
      }
    }
    double c = sum / Math.max(1, n);
    int count = 0;
    for (double score : s) {
      count += score / c >= 0.5 ? 1 : 0;
    }
    return count;
  }

  /** The median score of the papers that carry theme {@code t}'s seeds. */
  private static double carriersMedian(double[] s, SeedEvidence evidence, int t) {
    double[] carried = java.util.stream.IntStream.range(0, s.length).filter(d -> evidence.carries(d, t))
        .mapToDouble(d -> s[d]).sorted().toArray();
    return carried.length == 0 ? 0 : carried[carried.length / 2];
  }

  /** The {@code k} highest-scored papers (and any tied with the k-th). */
  private static boolean[] top(double[] s, int k) {
    double cut = kthLargest(s, k);
    boolean[] top = new boolean[s.length];
    for (int d = 0; d < s.length; d++) {
      top[d] = s[d] >= cut;
    }
    return top;
  }

  private static double kthLargest(double[] s, int k) {
    double[] sorted = s.clone();
    Arrays.sort(sorted);
    return sorted[Math.max(0, sorted.length - Math.min(k, sorted.length))];
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
