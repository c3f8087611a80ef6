package dev.landscape.themes;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.quality.QualityReport;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.topics.TopicModel;
import java.util.List;

/**
 * The themes of one run: the named themes matched to the corpus (null without a themes file), which theme each
 * topic joined, and each paper's themes.
 *
 * @param membership each paper's named themes, as {@link #rule} places them
 * @param rule the rule that placed them, fitted to this corpus or reused from the run a report is made again from;
 *     null without named themes
 * @param diagnostics what each seed does in this corpus (no seeds without named themes)
 */
public record ThemeResult(SeedIndex seeds, ThemeMapper.Mapping mapping, Membership membership,
    PaperThemes papers, ThemeRule rule, SeedDiagnostics diagnostics) {
  /**
   * A named theme's count is too unsure for a headline or a chart title when the most it could be said to hold
   * ({@link Membership#candidates}) is more than this many times the least ({@link Membership#strongPapers}).
   */
  public static final double WIDE_RANGE = 2;

  public static ThemeResult of(TopicModel model, PreparedCorpus corpus, QualityReport quality, SeedIndex seeds,
      int[] seededThemes, int threads) {
    return of(model, corpus, quality, seeds, seededThemes, threads, null);
  }

  /**
   * Maps the topics of {@code model} to themes, fits the rule that places papers in the named themes (or reuses
   * {@code reuse}), and places every paper.
   *
   * @param corpus the modelled papers, with the seed counts of {@link SeedEvidence#scanner} when there are seeds
   * @param seededThemes per topic, the theme it was seeded for, or null without seeding
   * @param threads themes learned at once
   * @param reuse the rule an earlier run fitted to the same corpus, used instead of fitting when it {@link
   *     ThemeRule#fits} the seeds (the themes may have been renamed since); or null
   */
  public static ThemeResult of(TopicModel model, PreparedCorpus corpus, QualityReport quality, SeedIndex seeds,
      int[] seededThemes, int threads, ThemeRule reuse) {
    ThemeMapper.Mapping mapping = ThemeMapper.map(model, corpus.vocabulary(), quality, seeds, seededThemes);
    List<PaperInfo> papers = corpus.papers();
    Membership membership = Membership.none(papers.size());
    ThemeRule rule = null;
    SeedDiagnostics diagnostics = new SeedDiagnostics(List.of());
    if (seeds != null) {
      SparseRows rows = null;
      if (reuse != null && reuse.fits(seeds.themes())) {
        rule = reuse.withSpecs(seeds.themes());
      } else {
        ThemeRule.Fitted fitted = ThemeRule.fitted(corpus, seeds, model.topicCount(), threads);
        rule = fitted.rule();
        rows = fitted.rows();
      }
      int[] themeOfTopic = mapping.themeOfTopic();
      // A rule reused from a model saved with topic weights reads each paper's topics as infer gives them to it.
      membership = rule.placeAll(corpus, rows, rows != null ? null : d -> {
        double[] theta = new double[model.topicCount()];
        for (int k = 0; k < theta.length; k++) {
          theta[k] = model.proportion(d, k);
        }
        return theta;
      }, (d, weights) -> {
        for (int k = 0; k < model.topicCount(); k++) {
          weights[themeOfTopic[k]] += model.proportion(d, k);
        }
      }, mapping.themes().size(), otherTheme(mapping));
      diagnostics = SeedDiagnostics.of(seeds, SeedEvidence.of(corpus.scans(), seeds.themes().size()), membership);
    }
    mapping = withMemberTerms(mapping, MemberTerms.of(corpus.tokens(), corpus.vocabulary(), membership)
        .top(corpus.vocabulary(), ThemeMapper.TOP_TERMS));
    return new ThemeResult(seeds, mapping, membership, PaperThemes.assign(model, mapping, membership, papers), rule,
        diagnostics);
  }

  /** The Other theme's number, or -1. */
  public static int otherTheme(ThemeMapper.Mapping mapping) {
    return mapping.themes().stream().filter(t -> t.kind() == Theme.Kind.OTHER).mapToInt(Theme::id).findFirst()
        .orElse(-1);
  }

  /** Which vocabulary terms some theme's seeds name. */
  public static boolean[] seedTerms(SeedIndex seeds, int vocabulary) {
    boolean[] seed = new boolean[vocabulary];
    for (int t = 0; t < seeds.themes().size(); t++) {
      for (int w : seeds.terms(t)) {
        seed[w] = true;
      }
    }
    return seed;
  }

  /** The mapping with each named theme's terms taken from its member papers. */
  private static ThemeMapper.Mapping withMemberTerms(ThemeMapper.Mapping mapping,
      List<List<MemberTerms.Term>> terms) {
    List<Theme> themes = new java.util.ArrayList<>(mapping.themes());
    for (int t = 0; t < terms.size(); t++) {
      Theme named = themes.get(t);
      themes.set(t, named.withTerms(new Theme.Terms(terms.get(t).stream().map(MemberTerms.Term::display).toList(),
          terms.get(t).stream().map(MemberTerms.Term::count).toList())));
    }
    return new ThemeMapper.Mapping(List.copyOf(themes), mapping.themeOfTopic(), mapping.seedMass(), mapping.lift());
  }

  /** How well the corpus supports a named theme. */
  public enum Support {
    /** Enough papers plainly carry its seeds for its members to be learned from them. */
    LEARNED,
    /**
     * The corpus is too small to learn themes from ({@link ThemeClassifier#MIN_PAPERS}): its members are the papers
     * that name its seeds and those its topics lead.
     */
    TOPICS,
    /**
     * Fewer than {@link ThemeClassifier#MIN_EXAMPLES} papers carry its seeds: those are its members, and nothing
     * should be said about it that rests on so few.
     */
    WEAK,
    /** No paper names its seeds: not found in this corpus. */
    ABSENT;

    /** The lower-case name used in the CSVs and run.json. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The support of named theme {@code t}. */
  public Support support(int t) {
    return support(papers.members(t), membership.learned()[t], membership.papers());
  }

  /**
   * The support of a named theme of {@code members} member papers, learned or not, in a corpus whose themes were
   * learned from {@code papers} papers: also for a landscape aggregated from rows, which knows these from its totals
   * and its model.
   */
  public static Support support(long members, boolean learned, long papers) {
    if (members == 0) {
      return Support.ABSENT;
    }
    if (learned) {
      return Support.LEARNED;
    }
    return papers < ThemeClassifier.MIN_PAPERS ? Support.TOPICS : Support.WEAK;
  }

  /** Whether a theme of that support may carry a headline, chart title or slide (see {@link #supported(int)}). */
  public static boolean headlined(Support support) {
    return support == Support.LEARNED || support == Support.TOPICS;
  }

  /**
   * Whether theme {@code t} may carry a headline, chart title or slide: a named theme learned (or, in a small
   * corpus, found by its topics), or any other theme with papers.
   */
  public boolean supported(int t) {
    return t >= membership.themes() ? papers.members(t) > 0 : headlined(support(t));
  }

  /**
   * The share of the corpus named theme {@code t} could be said to hold, least and most: if only the papers that
   * name it strongly counted, and if every paper that carries its seeds plainly or reads like it did.
   */
  public double[] shareRange(int t) {
    int n = membership.papers();
    return n == 0 ? new double[] {0, 0}
        : new double[] {membership.strongPapers(t) / (double) n, membership.candidates(t) / (double) n};
  }

  /**
   * Whether named theme {@code t}'s count is too unsure for a headline or a chart title: its range is wide ({@link
   * #WIDE_RANGE}), or a seed of it is a word too many papers use ({@link SeedDiagnostics#tooCommon}), which can make
   * even the least count everything.
   */
  public boolean unsure(int t) {
    return t < membership.themes() && (membership.candidates(t) > WIDE_RANGE * membership.strongPapers(t)
        || diagnostics.tooCommon(t));
  }

  public List<Theme> themes() {
    return mapping.themes();
  }

  /** The theme topic {@code k} belongs to. */
  public Theme themeOfTopic(int k) {
    return mapping.themes().get(mapping.themeOfTopic()[k]);
  }
}
