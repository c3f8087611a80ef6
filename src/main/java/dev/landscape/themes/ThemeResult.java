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
 * @param membership each paper's named themes, from the seeds and the topics
 * @param learnedMembership the part learned from the seeds alone, before the topics' evidence: what a report made
 *     again with the same seeds reuses ({@link Reuse})
 */
public record ThemeResult(SeedIndex seeds, ThemeMapper.Mapping mapping, Membership membership,
    PaperThemes papers, LearnedThemes learning, Membership learnedMembership) {
  /**
   * What an earlier run of the same model and corpus learned of its named themes: learning depends only on the
   * papers, the topics and the seeds, so while every theme keeps its seeds (in the same order) it need not be
   * learned again, whatever the themes are now called.
   *
   * @param learned the membership learned from the seeds, before the topics' evidence
   * @param learning the fold models, cuts and features, as the saved model holds them
   */
  public record Reuse(Membership learned, LearnedThemes learning) {
    /** Whether {@code seeds}' themes have exactly the seeds this was learned from. */
    public boolean fits(SeedIndex seeds) {
      List<ThemeSpec> now = seeds.themes();
      List<ThemeSpec> then = learning.specs();
      if (now.size() != then.size() || learned.themes() != now.size()) {
        return false;
      }
      for (int t = 0; t < now.size(); t++) {
        if (!now.get(t).seeds().equals(then.get(t).seeds())) {
          return false;
        }
      }
      return true;
    }
  }

  public static ThemeResult of(TopicModel model, PreparedCorpus corpus, QualityReport quality, SeedIndex seeds,
      int[] seededThemes, int threads) {
    return of(model, corpus, quality, seeds, seededThemes, threads, null);
  }

  /**
   * Maps the topics of {@code model} to themes, learns which papers belong to the named themes, and assigns every
   * paper.
   *
   * @param corpus the modelled papers, with the seed counts of {@link SeedEvidence#scanner} when there are seeds
   * @param seededThemes per topic, the theme it was seeded for, or null without seeding
   * @param threads themes learned at once
   * @param reuse what an earlier run learned, used instead of learning when it {@link Reuse#fits} the seeds; or null
   */
  public static ThemeResult of(TopicModel model, PreparedCorpus corpus, QualityReport quality, SeedIndex seeds,
      int[] seededThemes, int threads, Reuse reuse) {
    ThemeMapper.Mapping mapping = ThemeMapper.map(model, corpus.vocabulary(), quality, seeds, seededThemes);
    List<PaperInfo> papers = corpus.papers();
    Membership membership = Membership.none(papers.size());
    LearnedThemes learning = null;
    if (seeds != null && reuse != null && reuse.fits(seeds)) {
      membership = reuse.learned();
      LearnedThemes then = reuse.learning();
      learning = new LearnedThemes(seeds.themes(), then.learned(), then.cut(), then.weights(), then.features());
    } else if (seeds != null) {
      Learning learned = learning(model, corpus, seeds, threads);
      membership = learned.membership();
      learning = learned.themes();
    }
    Membership learnedMembership = membership;
    int[] themeOfTopic = mapping.themeOfTopic();
    membership = membership.withTopicEvidence((weights, d) -> {
      for (int k = 0; k < model.topicCount(); k++) {
        weights[themeOfTopic[k]] += model.proportion(d, k);
      }
    }, mapping.themes().size(), otherTheme(mapping));
    mapping = withMemberTerms(mapping, MemberTerms.of(corpus.tokens(), corpus.vocabulary(), membership)
        .top(corpus.vocabulary(), ThemeMapper.TOP_TERMS));
    return new ThemeResult(seeds, mapping, membership, PaperThemes.assign(model, mapping, membership, papers),
        learning, learnedMembership);
  }

  /**
   * What the named themes' seeds teach over {@code corpus} under {@code model}, and nothing else: what a model
   * trained on a sample keeps to place every paper ({@code --train-sample}), without mapping topics or placing the
   * sample's papers.
   */
  public static LearnedThemes learn(TopicModel model, PreparedCorpus corpus, SeedIndex seeds, int threads) {
    return learning(model, corpus, seeds, threads).themes();
  }

  /** The membership learned from the seeds, and the fold models, cuts and features it was learned with. */
  private record Learning(Membership membership, LearnedThemes themes) {}

  private static Learning learning(TopicModel model, PreparedCorpus corpus, SeedIndex seeds, int threads) {
    ThemeFeatures.Built built = ThemeFeatures.of(corpus, model, seedTerms(seeds, corpus.vocabulary().size()));
    ThemeClassifier.Learned learned = ThemeClassifier.classify(built.rows(),
        SeedEvidence.of(corpus.scans(), seeds.themes().size()), corpus.papers().stream().map(PaperInfo::id).toList(),
        threads);
    Membership membership = learned.membership();
    return new Learning(membership, new LearnedThemes(seeds.themes(), membership.learned(), learned.cut(),
        learned.weights(), built.features()));
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
      themes.set(t, new Theme(named.id(), named.name(), named.kind(), named.description(), named.parent(),
          named.topics(), terms.get(t).stream().map(MemberTerms.Term::display).toList(),
          terms.get(t).stream().map(MemberTerms.Term::count).toList(), named.seedTerms(), named.missingSeeds()));
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

  public List<Theme> themes() {
    return mapping.themes();
  }

  /** The theme topic {@code k} belongs to. */
  public Theme themeOfTopic(int k) {
    return mapping.themes().get(mapping.themeOfTopic()[k]);
  }
}
