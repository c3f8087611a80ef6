package dev.landscape.themes;

import dev.landscape.text.Vocabulary;
import dev.landscape.topics.TopicSeeding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which vocabulary terms each theme's seeds name. Matching forgives what a person writing a themes file cannot know
 * about the corpus: case ({@code LoRA}), hyphens ({@code prefix-tuning}, {@code prefix tuning}) and plurals
 * ({@code adapters}); a seed also matches every phrase term that contains it ({@code language model} matches
 * {@code large language model}). A term named by seeds of several themes belongs to the theme with the longest
 * such seed (the most specific), then to the theme listed first.
 */
public final class SeedIndex {
  private final List<ThemeSpec> themes;
  private final int[][] termsByTheme;
  private final int[][] seedsByTheme;
  private final List<List<String>> missing;
  private final int[] themeOfTerm;

  private SeedIndex(List<ThemeSpec> themes, int[][] termsByTheme, int[][] seedsByTheme, List<List<String>> missing,
      int[] themeOfTerm) {
    this.themes = themes;
    this.termsByTheme = termsByTheme;
    this.seedsByTheme = seedsByTheme;
    this.missing = missing;
    this.themeOfTerm = themeOfTerm;
  }

  /**
   * Matches every seed of {@code themes} against {@code vocabulary}, the way {@link SeedMatcher} matches text: a
   * seed names a term that is the seed or a phrase holding it ({@code language model} names {@code large language
   * model}), or a compound it leads ({@code LoRA-based}), never a compound it ends ({@code aligned} does not name
   * {@code pixel-aligned}).
   */
  public static SeedIndex build(List<ThemeSpec> themes, Vocabulary vocabulary) {
    List<List<String[]>> termWords = new ArrayList<>(vocabulary.size());
    for (int w = 0; w < vocabulary.size(); w++) {
      termWords.add(SeedWords.of(vocabulary.word(w).replace('_', ' ')));
    }
    int[] themeOfTerm = new int[vocabulary.size()];
    int[] seedLength = new int[vocabulary.size()];
    Arrays.fill(themeOfTerm, -1);
    int[][] termsByTheme = new int[themes.size()][];
    int[][] seedsByTheme = new int[themes.size()][];
    List<List<String>> missing = new ArrayList<>();
    for (int t = 0; t < themes.size(); t++) {
      // Each matched term with the theme's longest seed that names it.
      java.util.TreeMap<Integer, Integer> seedOfTerm = new java.util.TreeMap<>();
      List<String> notFound = new ArrayList<>();
      List<String> seeds = themes.get(t).seeds();
      int[] lengths = seeds.stream().mapToInt(seed -> SeedWords.singular(seed).length()).toArray();
      for (int seed = 0; seed < seeds.size(); seed++) {
        List<List<String>> forms = SeedWords.forms(seeds.get(seed));
        boolean found = false;
        for (int w = 0; w < termWords.size(); w++) {
          if (!SeedMatcher.occurs(forms, termWords.get(w))) {
            continue;
          }
          found = true;
          Integer before = seedOfTerm.get(w);
          if (before == null || lengths[before] < lengths[seed]) {
            seedOfTerm.put(w, seed);
          }
          if (lengths[seed] > seedLength[w]) {
            seedLength[w] = lengths[seed];
            themeOfTerm[w] = t;
          }
        }
        if (!found) {
          notFound.add(seeds.get(seed));
        }
      }
      termsByTheme[t] = seedOfTerm.keySet().stream().mapToInt(Integer::intValue).toArray();
      seedsByTheme[t] = seedOfTerm.values().stream().mapToInt(Integer::intValue).toArray();
      missing.add(List.copyOf(notFound));
    }
    return new SeedIndex(List.copyOf(themes), termsByTheme, seedsByTheme, missing, themeOfTerm);
  }

  public List<ThemeSpec> themes() {
    return themes;
  }

  /** The vocabulary ids that seeds of theme {@code t} name, ascending. */
  public int[] terms(int t) {
    return termsByTheme[t].clone();
  }

  /**
   * For each of {@link #terms}{@code (t)}, in the same order, the index in theme {@code t}'s seed list of the
   * longest seed that names it ({@code safety} for {@code safety-critical}): which seeds a topic's evidence comes
   * from.
   */
  public int[] seedsOfTerms(int t) {
    return seedsByTheme[t].clone();
  }

  /** Seeds of theme {@code t} that name no term of this corpus. */
  public List<String> missingSeeds(int t) {
    return missing.get(t);
  }

  /** The theme whose seeds name term {@code w} most specifically, or -1. */
  public int themeOf(int w) {
    return themeOfTerm[w];
  }

  /** The named themes with at least one seed term in this corpus, in file order. */
  public int[] presentThemes() {
    return java.util.stream.IntStream.range(0, themes.size()).filter(this::present).toArray();
  }

  /**
   * The sampler's starting guidance for a model of {@code topics} topics: the i-th present theme's seed terms
   * start in topic i. At least one topic is always left free, so when there are too few topics only the first
   * {@code topics - 1} present themes (in file order) are seeded.
   */
  public TopicSeeding seeding(int topics, double confidence) {
    int[] topicOfTheme = new int[themes.size()];
    Arrays.fill(topicOfTheme, -1);
    int[] themeOfTopic = seededThemes(topics);
    for (int k = 0; k < themeOfTopic.length; k++) {
      if (themeOfTopic[k] >= 0) {
        topicOfTheme[themeOfTopic[k]] = k;
      }
    }
    int[] topicOfTerm = new int[themeOfTerm.length];
    for (int w = 0; w < topicOfTerm.length; w++) {
      topicOfTerm[w] = themeOfTerm[w] < 0 ? -1 : topicOfTheme[themeOfTerm[w]];
    }
    return new TopicSeeding(topicOfTerm, confidence);
  }

  /** For a model of {@code topics} topics, the theme each topic is seeded for (see {@link #seeding}), or -1. */
  public int[] seededThemes(int topics) {
    int[] present = presentThemes();
    int[] themeOfTopic = new int[topics];
    Arrays.fill(themeOfTopic, -1);
    for (int i = 0; i < Math.min(present.length, topics - 1); i++) {
      themeOfTopic[i] = present[i];
    }
    return themeOfTopic;
  }

  /** Whether theme {@code t} has any seed in this corpus. */
  public boolean present(int t) {
    return termsByTheme[t].length > 0;
  }
}
