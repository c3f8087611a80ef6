package dev.landscape.themes;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * The adapter to LIBLINEAR, the only class that imports it: trains an L2-regularised logistic regression on some
 * rows of {@link SparseRows} and copies the weights out. LIBLINEAR's primal trust-region Newton solver has no random
 * steps, so the same rows give the same weights.
 */
final class LinearTrainer {
  /** Inverse regularisation strength; the usual choice for tf-idf text features. */
  static final double C = 4.0;
  /** The solver's stopping tolerance (LIBLINEAR's default for this solver). */
  static final double EPSILON = 0.01;

  static {
    Linear.disableDebugOutput();
  }

  private LinearTrainer() {}

  /**
   * Trains on the rows {@code use} of {@code rows} with their {@code labels}.
   *
   * @return the weights, one per feature and then the bias, for the score of label {@code true}
   */
  static double[] train(SparseRows rows, int[] use, boolean[] labels) {
    Problem problem = new Problem();
    problem.l = use.length;
    problem.n = rows.features() + 1;
    problem.bias = 1;
    problem.x = new Feature[use.length][];
    problem.y = new double[use.length];
    boolean anyPositive = false;
    boolean anyNegative = false;
    for (int i = 0; i < use.length; i++) {
      int d = use[i];
      int from = rows.start()[d];
      int to = rows.start()[d + 1];
      Feature[] x = new Feature[to - from + 1];
      for (int j = from; j < to; j++) {
        x[j - from] = new FeatureNode(rows.index()[j] + 1, rows.value()[j]);
      }
      x[to - from] = new FeatureNode(rows.features() + 1, problem.bias);
      problem.x[i] = x;
      problem.y[i] = labels[i] ? 1 : 0;
      anyPositive |= labels[i];
      anyNegative |= !labels[i];
    }
    double[] weights = new double[rows.features() + 1];
    if (!anyPositive || !anyNegative) {
      weights[rows.features()] = anyPositive ? 10 : -10; // one class only: a constant score
      return weights;
    }
    Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, C, EPSILON));
    double[] w = model.getFeatureWeights();
    // LIBLINEAR orients the weights towards its first label, the label of the first row.
    double sign = model.getLabels()[0] == 1 ? 1 : -1;
    for (int f = 0; f < weights.length; f++) {
      weights[f] = sign * w[f];
    }
    return weights;
  }
}
