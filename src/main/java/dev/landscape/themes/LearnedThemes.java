package dev.landscape.themes;

import dev.landscape.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run learned of its named themes, kept in the saved model so that {@code landscape infer} places a new paper
 * the way the run placed its own: the themes' seeds, whether each was learned, each learned theme's fold models and
 * member cut, and the features the models read. A new paper is scored as a run scores a paper it did not train on:
 * the mean of the fold models' probabilities.
 *
 * @param specs the named themes, with their seeds
 * @param learned per named theme, whether it was learned
 * @param cut per named theme, the lowest member score
 * @param weights per named theme and fold, the model's weights (null for a theme not learned)
 * @param features how a paper's words, title and topics become a row
 */
public record LearnedThemes(List<ThemeSpec> specs, boolean[] learned, double[] cut, double[][][] weights,
    ThemeFeatures features) {
  /** A new paper's named themes, strongest first, with a score for each (see {@link Membership}). */
  public record Placed(List<Integer> themes, double[] score) {}

  /**
   * Places a paper.
   *
   * @param title its title, and {@code abstractText} its abstract, where the seeds are counted
   * @param words its prepared words (title and abstract), {@code titleWords} its title's
   * @param theta its topic proportions
   * @param themeOfTopic the theme of each topic (named first, then the others, {@code allThemes} in all)
   * @param other the Other theme, or -1
   */
  public Placed place(String title, String abstractText, int[] words, int[] titleWords, double[] theta,
      int[] themeOfTopic, int allThemes, int other, SeedMatcher matcher) {
    int named = specs.size();
    SparseRows.Builder builder = new SparseRows.Builder(features.count());
    features.add(builder, words, titleWords, theta);
    SparseRows row = builder.build();
    int[] inTitle = new int[named];
    int[] inAbstract = new int[named];
    matcher.count(TextNormalizer.normalize(title), inTitle);
    matcher.count(TextNormalizer.normalize(abstractText), inAbstract);
    double[] weights = new double[allThemes];
    for (int k = 0; k < theta.length; k++) {
      weights[themeOfTopic[k]] += theta[k];
    }
    int lead = Membership.lead(weights, other);
    double[] score = new double[named];
    List<Integer> members = new ArrayList<>();
    for (int t = 0; t < named; t++) {
      boolean member;
      if (learned[t]) {
        double s = 0;
        for (double[] fold : weights(t)) {
          s += ThemeClassifier.sigmoid(row.dot(0, fold)) / weights(t).length;
        }
        score[t] = s;
        member = s >= cut[t] || inTitle[t] >= SeedEvidence.TITLE_HITS || inAbstract[t] >= SeedEvidence.ABSTRACT_HITS;
      } else {
        boolean carries = inTitle[t] >= SeedEvidence.TITLE_HITS || inAbstract[t] >= SeedEvidence.ABSTRACT_HITS;
        score[t] = Membership.notLearnedScore(carries, weights[t]);
        member = carries || t == lead;
      }
      if (member || weights[t] >= Membership.TOPIC_MAJORITY) {
        members.add(t);
      }
    }
    members.sort((a, b) -> Double.compare(score[b], score[a]) != 0 ? Double.compare(score[b], score[a])
        : Integer.compare(a, b));
    return new Placed(members, score);
  }

  private double[][] weights(int t) {
    return weights[t];
  }
}
