package dev.landscape.themes;

import dev.landscape.quality.QualityReport;
import dev.landscape.text.Vocabulary;
import dev.landscape.topics.Relevance;
import dev.landscape.topics.TopicModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Maps topics to themes. A topic joins the named theme whose seed terms carry the largest share of its words,
 * provided that share is at least {@link #MIN_SEED_MASS} and at least {@link #MIN_LIFT} times the seeds' share of
 * the whole corpus (so a theme whose seeds are common words does not swallow every topic), and does not come almost
 * all from one seed ({@link #MAX_ONE_SEED_SHARE}). A topic the sampler was
 * seeded to start as a theme stays with that theme while its seeds' lift is still at least {@link #MIN_LIFT}: in a
 * small corpus seed phrases are rare, in a large one another theme's common seeds can outweigh them, and the lift
 * says the topic did not drift away. Topics that match no
 * named theme are grouped by average-linkage agglomerative clustering on the Jensen-Shannon distance of their word
 * distributions, merging while groups are closer than {@link #MERGE_FRACTION} of the median distance between the
 * model's topics (a relative cut: how far apart unrelated topics are depends on corpus and topic size); each group
 * becomes an automatic theme named after its most relevant terms. Topics flagged as low-coherence or boilerplate that match nothing go
 * to {@link ThemeFile#OTHER}. A topic the user put in a theme ({@link ThemeSpec#topics}) is in it whatever its words.
 */
public final class ThemeMapper {
  /** Share of a topic's tokens that must be seed terms of a theme for the topic to join it. */
  public static final double MIN_SEED_MASS = 0.02;
  /** How many times more frequent the seed terms must be in the topic than in the corpus. */
  public static final double MIN_LIFT = 2.0;
  /**
   * A topic does not join a theme by seed mass when more than this share of that mass comes from one seed and the
   * theme has other seeds in the corpus: one word is weak evidence, since another field uses it for its own thing
   * (the safety of vehicles for a theme of AI safety, dialogue agents for one of reinforcement learning). A theme
   * with a single seed in the corpus is matched on it alone.
   */
  public static final double MAX_ONE_SEED_SHARE = 0.9;
  /**
   * Another theme takes a seeded topic from its theme when its seeds have this many times the mass there and the
   * seeded theme's own seeds are below {@link #MIN_SEED_MASS} (a topic that holds enough of its theme to join it
   * unseeded stays: on cs.AI the code-generation topic, home of 86% of the code seeds, is also full of agents).
   */
  public static final double OVERTAKE_RATIO = 3.0;
  /**
   * Unmatched topics are grouped while their average Jensen-Shannon distance is below this fraction of the median
   * distance between two topics of the model.
   */
  public static final double MERGE_FRACTION = 0.8;
  /** Terms listed per theme, and the number that name an automatic theme. */
  public static final int TOP_TERMS = 15;

  private ThemeMapper() {}

  /** Which theme each topic joined, with the score that decided it. */
  public record Mapping(List<Theme> themes, int[] themeOfTopic, double[] seedMass, double[] lift) {}

  /**
   * @param seeds the named themes matched to the vocabulary; null when there is no themes file
   * @param seededThemes per topic, the theme the sampler was seeded to start it with ({@link
   *     SeedIndex#seededThemes}), or null when there was no seeding
   */
  public static Mapping map(TopicModel model, Vocabulary vocabulary, QualityReport quality, SeedIndex seeds,
      int[] seededThemes) {
    int topicCount = model.topicCount();
    int namedCount = seeds == null ? 0 : seeds.themes().size();
    double[] seedMass = new double[topicCount];
    double[] lift = new double[topicCount];
    int[] named = new int[topicCount];
    Arrays.fill(named, -1);
    double[] fallbackMass = new double[topicCount];
    double[] fallbackLift = new double[topicCount];
    if (seeds != null) {
      double[] corpusMass = corpusMass(model, seeds);
      int[][] termsOf = new int[namedCount][];
      int[][] seedsOf = new int[namedCount][];
      for (int t = 0; t < namedCount; t++) {
        termsOf[t] = seeds.terms(t);
        seedsOf[t] = seeds.seedsOfTerms(t);
      }
      for (int k = 0; k < topicCount; k++) {
        if (isBackground(quality, k)) {
          continue; // words every abstract uses: no theme is named by them, however many seeds they hold
        }
        for (int t = 0; t < namedCount; t++) {
          double mass = 0;
          for (int w : termsOf[t]) {
            mass += model.count(k, w);
          }
          boolean oneSeed = mostlyOneSeed(model, k, termsOf[t], seedsOf[t], mass);
          mass = model.topicTokens(k) == 0 ? 0 : mass / model.topicTokens(k);
          double l = corpusMass[t] == 0 ? 0 : mass / corpusMass[t];
          if (mass >= MIN_SEED_MASS && l >= MIN_LIFT && !oneSeed && mass > seedMass[k]) {
            seedMass[k] = mass;
            lift[k] = l;
            named[k] = t;
          }
          if (seededThemes != null && seededThemes[k] == t && l >= MIN_LIFT) {
            fallbackMass[k] = mass;
            fallbackLift[k] = l;
          }
        }
        // A topic seeded for a theme that still leans to its seeds stays with it: even below the mass bar, and even
        // when a theme with common seeds (agents, evaluation) has somewhat more mass in it; but not when a seeded
        // topic with no papers of its theme drifted to another subject whose seeds clearly dominate it.
        boolean overtaken = named[k] >= 0 && named[k] != (seededThemes == null ? -1 : seededThemes[k])
            && seedMass[k] >= OVERTAKE_RATIO * fallbackMass[k] && fallbackMass[k] < MIN_SEED_MASS;
        // ...but only while its theme's seeds are at least the bar any topic must pass: a seeded topic that drifted
        // to another subject (0.6% code seeds in a topic about AGI) does not keep the theme's name.
        if (seededThemes != null && seededThemes[k] >= 0 && fallbackLift[k] >= MIN_LIFT
            && fallbackMass[k] >= MIN_SEED_MASS && !overtaken) {
          named[k] = seededThemes[k];
          seedMass[k] = fallbackMass[k];
          lift[k] = fallbackLift[k];
        }
      }
    }
    pinTopics(seeds, named);
    List<Integer> unmatched = new ArrayList<>();
    List<Integer> weak = new ArrayList<>();
    for (int k = 0; k < topicCount; k++) {
      if (named[k] >= 0) {
        continue;
      }
      List<String> flags = quality.topics().get(k).flags();
      (flags.contains("low_coherence") || isBackground(quality, k) ? weak : unmatched).add(k);
    }
    Relevance relevance = new Relevance(model);
    List<Theme> themes = new ArrayList<>();
    for (int t = 0; t < namedCount; t++) {
      int theme = t;
      int[] topics = topicsWhere(topicCount, k -> named[k] == theme);
      ThemeSpec spec = seeds.themes().get(t);
      int[] ids = termIds(relevance, topics);
      themes.add(new Theme(t, spec.name(), Theme.Kind.NAMED, spec.description(), spec.parent(), topics,
          new Theme.Terms(displays(vocabulary, ids), counts(model, ids, topics)),
          new Theme.Seeds(displays(vocabulary, seeds.terms(t)), seeds.missingSeeds(t))));
    }
    double[][] distance = TopicClustering.distances(model);
    List<int[]> groups = TopicClustering.group(distance, unmatched,
        MERGE_FRACTION * TopicClustering.medianDistance(distance));
    groups.sort(Comparator.comparingLong((int[] g) -> -tokens(model, g)).thenComparingInt(g -> g[0]));
    java.util.Set<String> widespread = widespread(model, vocabulary);
    List<String> keyWords = ThemeNames.keyWords(seeds == null ? List.of()
        : seeds.themes().stream().map(ThemeSpec::name).toList());
    for (int[] group : groups) {
      int[] ids = termIds(relevance, group);
      List<String> top = displays(vocabulary, ids);
      String name = ThemeNames.of(top, term -> widespread.contains(term) || ThemeNames.claims(term, keyWords));
      themes.add(new Theme(themes.size(), name, Theme.Kind.AUTO,
          "Formed from " + group.length + (group.length == 1 ? " topic" : " similar topics")
              + " that matched no named theme; named after its most relevant terms.",
          null, group, new Theme.Terms(top, counts(model, ids, group)), Theme.Seeds.NONE));
    }
    // With named themes, papers that belong to none of them and weigh on no automatic theme need a theme: Other.
    if (!weak.isEmpty() || namedCount > 0) {
      int[] group = weak.stream().mapToInt(Integer::intValue).toArray();
      themes.add(new Theme(themes.size(), ThemeFile.OTHER, Theme.Kind.OTHER,
          "Papers that belong to no named theme and to no automatic one, with the topics that matched no named theme"
              + " and were flagged as low coherence, boilerplate or background.", null, group,
          new Theme.Terms(displays(vocabulary, termIds(relevance, group)),
              counts(model, termIds(relevance, group), group)), Theme.Seeds.NONE));
    }
    int[] themeOfTopic = new int[topicCount];
    for (Theme theme : themes) {
      for (int k : theme.topics()) {
        themeOfTopic[k] = theme.id();
      }
    }
    return new Mapping(List.copyOf(themes), themeOfTopic, seedMass, lift);
  }

  /** Puts the topics a user listed under a theme ({@code topics:} in the themes file) in that theme. */
  private static void pinTopics(SeedIndex seeds, int[] named) {
    for (int t = 0; seeds != null && t < seeds.themes().size(); t++) {
      ThemeSpec spec = seeds.themes().get(t);
      for (int k : spec.topics()) {
        if (k >= named.length) {
          throw new dev.landscape.io.InputException("themes file: theme '" + spec.name() + "' lists topic " + k
              + " in 'topics', but the model has " + named.length + " topics (0 to " + (named.length - 1) + ")");
        }
        named[k] = t;
      }
    }
  }

  /**
   * Whether more than {@link #MAX_ONE_SEED_SHARE} of {@code seedTokens}, topic {@code k}'s tokens of a theme's seed
   * {@code terms}, come from one seed ({@code seedOfTerm}, parallel to the terms) while the theme has other seeds in
   * the corpus.
   */
  private static boolean mostlyOneSeed(TopicModel model, int k, int[] terms, int[] seedOfTerm, double seedTokens) {
    if (Arrays.stream(seedOfTerm).allMatch(seed -> seed == seedOfTerm[0])) {
      return false;
    }
    double[] perSeed = new double[Arrays.stream(seedOfTerm).max().orElse(0) + 1];
    for (int i = 0; i < terms.length; i++) {
      perSeed[seedOfTerm[i]] += model.count(k, terms[i]);
    }
    return Arrays.stream(perSeed).max().orElse(0) > MAX_ONE_SEED_SHARE * seedTokens;
  }

  /** For each named theme, the share of all tokens that are its seed terms. */
  private static double[] corpusMass(TopicModel model, SeedIndex seeds) {
    long total = 0;
    for (int k = 0; k < model.topicCount(); k++) {
      total += model.topicTokens(k);
    }
    double[] mass = new double[seeds.themes().size()];
    for (int t = 0; t < mass.length; t++) {
      long count = 0;
      for (int w : seeds.terms(t)) {
        for (int k = 0; k < model.topicCount(); k++) {
          count += model.count(k, w);
        }
      }
      mass[t] = total == 0 ? 0 : count / (double) total;
    }
    return mass;
  }

  private static int[] topicsWhere(int topicCount, java.util.function.IntPredicate test) {
    return java.util.stream.IntStream.range(0, topicCount).filter(test).toArray();
  }

  private static long tokens(TopicModel model, int[] topics) {
    long sum = 0;
    for (int k : topics) {
      sum += model.topicTokens(k);
    }
    return sum;
  }

  private static int[] termIds(Relevance relevance, int[] topics) {
    return topics.length == 0 ? new int[0] : relevance.group(topics, TOP_TERMS);
  }

  /** The tokens of each of {@code ids} in {@code topics} together. */
  private static List<Long> counts(TopicModel model, int[] ids, int[] topics) {
    List<Long> counts = new ArrayList<>();
    for (int w : ids) {
      long n = 0;
      for (int k : topics) {
        n += model.count(k, w);
      }
      counts.add(n);
    }
    return counts;
  }

  private static List<String> displays(Vocabulary vocabulary, int[] ids) {
    return Arrays.stream(ids).mapToObj(vocabulary::display).toList();
  }

  /** A topic of the words every paper uses (flagged boilerplate or background): never a theme's. */
  private static boolean isBackground(QualityReport quality, int k) {
    List<String> flags = quality.topics().get(k).flags();
    return flags.contains("boilerplate") || flags.contains("background");
  }

  /** The display forms of the corpus's most widespread terms ({@link ThemeNames#WIDESPREAD_SHARE} of them). */
  private static java.util.Set<String> widespread(TopicModel model, Vocabulary vocabulary) {
    long[] counts = new long[model.vocabularySize()];
    for (int k = 0; k < model.topicCount(); k++) {
      for (int w = 0; w < counts.length; w++) {
        counts[w] += model.count(k, w);
      }
    }
    int n = (int) Math.ceil(ThemeNames.WIDESPREAD_SHARE * counts.length);
    return java.util.stream.IntStream.range(0, counts.length).boxed()
        .sorted(Comparator.comparingLong((Integer w) -> -counts[w]).thenComparingInt(w -> w)).limit(n)
        .map(vocabulary::display).collect(java.util.stream.Collectors.toSet());
  }

}
