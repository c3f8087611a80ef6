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
 * @param cut per named theme, the lowest score at which a paper that does not carry its seeds belongs
 * @param weights per named theme and fold, the model's weights (null for a theme not learned)
 * @param features how a paper's words and title (and, for a model saved with topic weights, its topics) become a row
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
      boolean carries = inTitle[t] >= SeedEvidence.TITLE_HITS || inAbstract[t] >= SeedEvidence.ABSTRACT_HITS;
      if (learned[t]) {
        score[t] = score(t, row);
        member = score[t] >= cut[t] || carries;
      } else {
        // Held as a float, as a run's Membership holds it, so that a paper ranks its themes as the run ranks them.
        score[t] = (float) Membership.notLearnedScore(carries, weights[t]);
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

  /**
   * The membership learned from the seeds of every paper of {@code corpus} placed on {@code model}: what
   * {@link #place} finds of each paper before the topics' evidence is added (a learned theme's score and cut, the
   * seeds in its own words), for a run whose papers were placed on a model trained on a sample of them.
   *
   * @param corpus the papers, with the seed counts of {@link SeedEvidence#scanner} for these themes
   */
  public Membership learnedMembership(dev.landscape.text.PreparedCorpus corpus,
      dev.landscape.topics.TopicModel model) {
    int named = specs.size();
    int papers = corpus.papers().size();
    SeedEvidence evidence = SeedEvidence.of(corpus.scans(), named);
    float[] score = new float[papers * named];
    java.util.BitSet member = new java.util.BitSet(papers * named);
    double[] theta = new double[model.topicCount()];
    for (int d = 0; d < papers; d++) {
      for (int k = 0; k < theta.length; k++) {
        theta[k] = model.proportion(d, k);
      }
      SparseRows.Builder builder = new SparseRows.Builder(features.count());
      features.add(builder, corpus.tokens().tokens(d), corpus.textModel().prepare(corpus.papers().get(d).title()),
          theta);
      SparseRows row = builder.build();
      for (int t = 0; t < named; t++) {
        int i = d * named + t;
        if (learned[t]) {
          score[i] = (float) score(t, row);
        }
        if (evidence.carries(d, t) || (learned[t] && score[i] >= cut[t])) {
          member.set(i);
        }
      }
    }
    return new Membership(papers, named, score, member, learned.clone());
  }

  /** A learned theme's score of a paper's row: the mean of its fold models' probabilities, as a float. */
  private float score(int t, SparseRows row) {
    double s = 0;
    for (double[] fold : weights[t]) {
      s += ThemeClassifier.sigmoid(row.dot(0, fold)) / weights[t].length;
    }
    return (float) s;
  }
}
