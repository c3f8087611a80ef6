package dev.landscape.themes;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule that puts a paper into named themes: fitted once on a corpus ({@link #fit}), then applied to any
 * paper, by a run to each of its papers ({@link #placeAll}), by {@code landscape infer} and the Spark job to new ones
 * ({@link #place}), and by a run trained on a sample to every paper of its corpus. A paper gets the same named themes
 * whichever path placed it. Saved in the model (docs/model-format.md).
 *
 * <p>Precision first: a paper joins a named theme on evidence that holds up, and a paper whose evidence is weak stays
 * out, so that a theme's share is not inflated. For a learned theme ({@link ThemeClassifier}):
 * <ul>
 *   <li>a paper that names it strongly ({@link SeedEvidence#strong}: a seed in its title, or two different seeds in
 *       its abstract) belongs;</li>
 *   <li>a paper that names it weakly (one seed, in the abstract only) belongs when it also reads like the theme: its
 *       score reaches the bar ({@link #cut}), the median of the strongly named papers';</li>
 *   <li>a paper that never names it does not belong, however much it reads like it: a model learned from a theme's
 *       papers also learns what they say besides the theme (papers about agents say "reasoning"), and in broad themes
 *       most of what it adds without a seed is not about the theme.</li>
 * </ul>
 * A theme that was not learned holds the papers that carry its seeds plainly (in the title, or twice in the
 * abstract); in a corpus too small to learn from ({@link #topicLed}) also those its topics lead to it, or that its
 * topics hold at least half of.
 *
 * <p>Besides membership the rule says how sure a theme's count is: the papers that name it strongly are its least
 * ({@link Membership#strong}); its {@link Membership#candidate candidates}, every paper that carries its seeds plainly
 * or reads like it, its most.
 *
 * @param specs the named themes, with their seeds
 * @param learned per named theme, whether it was learned
 * @param cut per named theme, the score a paper that names it weakly must reach
 * @param weights per named theme, its fold models' weights (null for a theme not learned); a paper's score is the
 *     mean of their probabilities
 * @param features how a paper's words and title become a row
 * @param topicLed whether the themes that were not learned also take the papers their topics lead to them
 */
public record ThemeRule(List<ThemeSpec> specs, boolean[] learned, double[] cut, double[][][] weights,
    ThemeFeatures features, boolean topicLed) {
  /** Papers that must name a theme strongly for it to be learned. */
  public static final int MIN_EXAMPLES_TO_LEARN = ThemeClassifier.MIN_EXAMPLES;
  /** A paper at least this much of whose words the model assigns to a named theme's topics belongs to it. */
  public static final double TOPIC_MAJORITY = 0.5;

  /** A new paper's named themes, strongest first, with a score for each (see {@link Membership}). */
  public record Placed(List<Integer> themes, double[] score) {}

  /**
   * Each paper's topic weights summed over each theme's topics (all themes, named first): the evidence of a theme
   * that was not learned in a small corpus.
   */
  @FunctionalInterface
  public interface TopicWeights {
    /** Fills {@code weights} for paper {@code d}. */
    void of(int d, double[] weights);
  }

  /** The rule fitted to a corpus, and the feature rows it was fitted on (to place the same papers with). */
  record Fitted(ThemeRule rule, SparseRows rows) {}

  /**
   * Fits the rule to {@code corpus} (the seed counts of {@link SeedEvidence#scanner} for {@code seeds} among its
   * scans), for a topic model of {@code topics} topics.
   */
  public static ThemeRule fit(PreparedCorpus corpus, SeedIndex seeds, int topics, int threads) {
    return fitted(corpus, seeds, topics, threads).rule();
  }

  static Fitted fitted(PreparedCorpus corpus, SeedIndex seeds, int topics, int threads) {
    ThemeFeatures.Built built = ThemeFeatures.of(corpus, topics,
        ThemeResult.seedTerms(seeds, corpus.vocabulary().size()));
    ThemeClassifier.Learned learned = ThemeClassifier.learn(built.rows(),
        SeedEvidence.of(corpus.scans(), seeds.themes().size()), corpus.papers().stream().map(PaperInfo::id).toList(),
        threads);
    ThemeRule rule = new ThemeRule(seeds.themes(), learned.learned(), learned.cut(), learned.weights(),
        built.features(), corpus.papers().size() < ThemeClassifier.MIN_PAPERS);
    return new Fitted(rule, built.rows());
  }

  /** The same rule for themes of the same seeds under other names (a report made again after a rename). */
  public ThemeRule withSpecs(List<ThemeSpec> renamed) {
    return new ThemeRule(List.copyOf(renamed), learned, cut, weights, features, topicLed);
  }

  /** Whether this rule was fitted to exactly the seeds of {@code themes}, in the same order. */
  public boolean fits(List<ThemeSpec> themes) {
    if (themes.size() != specs.size()) {
      return false;
    }
    for (int t = 0; t < themes.size(); t++) {
      if (!themes.get(t).seeds().equals(specs.get(t).seeds())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Places every paper of {@code corpus} (with the seed counts of {@link SeedEvidence#scanner} for these themes).
   *
   * @param rows the papers' feature rows when at hand (those the rule was fitted on), else null
   * @param theta each paper's topic proportions, for the topic weights of a model saved before themes were learned
   *     from words alone (null when the rule was fitted here)
   * @param topicWeights each paper's weight on each theme, all themes counted ({@code allThemes})
   * @param other the Other theme, whose weak and background topics lead nowhere, or -1
   */
  public Membership placeAll(PreparedCorpus corpus, SparseRows rows, java.util.function.IntFunction<double[]> theta,
      TopicWeights topicWeights, int allThemes, int other) {
    SparseRows features = rows;
    if (features == null) {
      SparseRows.Builder built = new SparseRows.Builder(this.features.count());
      for (int d = 0; d < corpus.papers().size(); d++) {
        this.features.add(built, corpus.tokens().tokens(d),
            corpus.textModel().prepare(corpus.papers().get(d).title()), theta == null ? null : theta.apply(d));
      }
      features = built.build();
    }
    return placeAll(SeedEvidence.of(corpus.scans(), specs.size()), features, topicWeights, allThemes, other);
  }

  /** Places every paper of {@code evidence}, whose feature rows are {@code rows}. */
  Membership placeAll(SeedEvidence evidence, SparseRows rows, TopicWeights topicWeights, int allThemes, int other) {
    int named = specs.size();
    int papers = rows.rows();
    Membership.Builder built = new Membership.Builder(papers, named, learned);
    double[] weights = new double[allThemes];
    int[] inTitle = new int[named];
    int[] inAbstract = new int[named];
    boolean[] several = new boolean[named];
    for (int d = 0; d < papers; d++) {
      for (int t = 0; t < named; t++) {
        inTitle[t] = evidence.inTitle(d, t);
        inAbstract[t] = evidence.inAbstract(d, t);
        several[t] = evidence.mentions(d, t) && evidence.soloSeed(d, t) < 0;
      }
      java.util.Arrays.fill(weights, 0);
      topicWeights.of(d, weights);
      decide(d, inTitle, inAbstract, several, rows, d, weights, other, built);
    }
    return built.build();
  }

  /**
   * Places one paper.
   *
   * @param title its title, and {@code abstractText} its abstract, where the seeds are counted
   * @param words its prepared words (title and abstract), {@code titleWords} its title's
   * @param theta its topic proportions (read only by models saved with topic weights)
   * @param weights its weight on each theme (all themes, named first), from its topic proportions
   * @param other the Other theme, or -1
   */
  public Placed place(String title, String abstractText, int[] words, int[] titleWords, double[] theta,
      double[] weights, int other, SeedMatcher matcher) {
    int named = specs.size();
    int[] inTitle = new int[named];
    int[] inAbstract = new int[named];
    int[] bySeed = new int[matcher.seedCount()];
    matcher.count(TextNormalizer.normalize(title), inTitle, bySeed);
    matcher.count(TextNormalizer.normalize(abstractText), inAbstract, bySeed);
    boolean[] several = new boolean[named];
    int[] solo = SeedEvidence.soloSeeds(matcher, bySeed);
    for (int t = 0; t < named; t++) {
      several[t] = solo[t] == -2;
    }
    Membership.Builder one = new Membership.Builder(1, named, learned);
    decide(0, inTitle, inAbstract, several, rowOf(words, titleWords, theta), 0, weights, other, one);
    Membership m = one.build();
    double[] score = new double[named];
    for (int t = 0; t < named; t++) {
      score[t] = m.score(0, t);
    }
    return new Placed(m.of(0), score);
  }

  /** One paper's named themes, into {@code out} as paper {@code d}. */
  private void decide(int d, int[] inTitle, int[] inAbstract, boolean[] several, SparseRows rows, int row,
      double[] weights, int other, Membership.Builder out) {
    int lead = Membership.lead(weights, other);
    for (int t = 0; t < specs.size(); t++) {
      boolean carries = SeedEvidence.carriedBy(inTitle[t], inAbstract[t]);
      boolean strong = SeedEvidence.strong(inTitle[t], inAbstract[t], several[t]);
      boolean mentions = inTitle[t] + inAbstract[t] > 0;
      if (learned[t]) {
        float score = score(t, rows, row);
        boolean reads = score >= cut[t];
        out.set(d, t, score, strength(inTitle[t], inAbstract[t]), strong || (mentions && reads), strong,
            carries || reads);
      } else if (topicLed) {
        boolean topics = t == lead || weights[t] >= TOPIC_MAJORITY;
        // Scored by the topic weights, so that among such themes a paper's primary is where most of its words are.
        out.set(d, t, (float) Membership.notLearnedScore(carries, weights[t]), 0, carries || topics, strong,
            carries || topics);
      } else {
        out.set(d, t, carries ? 1 : 0, strength(inTitle[t], inAbstract[t]), carries, strong, carries);
      }
    }
  }

  /** How plainly a paper names a theme: title hits count double, as in the keyword baseline. */
  private static int strength(int inTitle, int inAbstract) {
    return Math.min(127, 2 * inTitle + inAbstract);
  }

  /** The row of a paper of {@code words} (title and abstract), {@code titleWords} and topics {@code theta}. */
  private SparseRows rowOf(int[] words, int[] titleWords, double[] theta) {
    SparseRows.Builder builder = new SparseRows.Builder(features.count());
    features.add(builder, words, titleWords, theta);
    return builder.build();
  }

  /** A learned theme's score of row {@code row}: the mean of its fold models' probabilities, as a float. */
  private float score(int t, SparseRows rows, int row) {
    double s = 0;
    for (double[] fold : weights[t]) {
      s += ThemeClassifier.sigmoid(rows.dot(row, fold)) / weights[t].length;
    }
    return (float) s;
  }

  /** The themes that were learned, by number. */
  public List<Integer> learnedThemes() {
    List<Integer> themes = new ArrayList<>();
    for (int t = 0; t < learned.length; t++) {
      if (learned[t]) {
        themes.add(t);
      }
    }
    return themes;
  }
}
