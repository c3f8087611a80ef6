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
  private final int[] themeOfTerm;
  private final int[][] papersWithSeed;

  private SeedIndex(List<ThemeSpec> themes, int[][] termsByTheme, int[][] seedsByTheme, int[] themeOfTerm,
      int[][] papersWithSeed) {
    this.themes = themes;
    this.termsByTheme = termsByTheme;
    this.seedsByTheme = seedsByTheme;
    this.papersWithSeed = papersWithSeed;
    this.themeOfTerm = themeOfTerm;
  }

  /**
   * Matches every seed of {@code themes} against {@code vocabulary}, the way {@link SeedMatcher} matches text: a
   * seed names a term that is the seed or a phrase holding it ({@code language model} names {@code large language
   * model}), or a compound it leads ({@code LoRA-based}), never a compound it ends ({@code aligned} does not name
   * {@code pixel-aligned}).
   */
  public static SeedIndex build(List<ThemeSpec> themes, Vocabulary vocabulary) {
    return build(themes, vocabulary, null);
  }

  /**
   * {@link #build(List, Vocabulary)}, knowing in how many papers of the corpus each seed occurs ({@link
   * SeedEvidence.Scanner#papersWithSeed}, numbered as {@link SeedMatcher} numbers seeds), or null when the papers were
   * not scanned.
   */
  public static SeedIndex build(List<ThemeSpec> themes, Vocabulary vocabulary, int[] papersWithSeed) {
    SeedMatcher matcher = new SeedMatcher(themes);
    int[] themeOfTerm = new int[vocabulary.size()];
    int[] seedLength = new int[vocabulary.size()];
    Arrays.fill(themeOfTerm, -1);
    // Per theme, each term its seeds name with the theme's longest seed naming it (its key length).
    List<java.util.TreeMap<Integer, int[]>> seedOfTerm = new ArrayList<>();
    for (int t = 0; t < themes.size(); t++) {
      seedOfTerm.add(new java.util.TreeMap<>());
    }
    for (int w = 0; w < vocabulary.size(); w++) {
      int term = w;
      matcher.everySeedIn(vocabulary.word(w).replace('_', ' '), (t, number, length) -> {
        int[] before = seedOfTerm.get(t).get(term);
        if (before == null || before[1] < length) {
          seedOfTerm.get(t).put(term, new int[] {number - matcher.firstSeed(t), length});
        }
        if (length > seedLength[term]) {
          seedLength[term] = length;
          themeOfTerm[term] = t;
        }
      });
    }
    int[][] termsByTheme = new int[themes.size()][];
    int[][] seedsByTheme = new int[themes.size()][];
    for (int t = 0; t < themes.size(); t++) {
      termsByTheme[t] = seedOfTerm.get(t).keySet().stream().mapToInt(Integer::intValue).toArray();
      seedsByTheme[t] = seedOfTerm.get(t).values().stream().mapToInt(seed -> seed[0]).toArray();
    }
    int[][] papersWith = null;
    if (papersWithSeed != null) {
      papersWith = new int[themes.size()][];
      for (int t = 0; t < themes.size(); t++) {
        papersWith[t] = Arrays.copyOfRange(papersWithSeed, matcher.firstSeed(t), matcher.firstSeed(t + 1));
      }
    }
    return new SeedIndex(List.copyOf(themes), termsByTheme, seedsByTheme, themeOfTerm, papersWith);
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

  /**
   * Seeds of theme {@code t} that no paper's title or abstract names, in the theme's order.
   *
   * @throws IllegalStateException when the index was built without the papers' counts
   */
  public List<String> missingSeeds(int t) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < themes.get(t).seeds().size(); i++) {
      if (papersWithSeed(t, i) == 0) {
        missing.add(themes.get(t).seeds().get(i));
      }
    }
    return missing;
  }

  /**
   * The papers whose title or abstract names seed {@code i} of theme {@code t} (a seed written as an earlier seed of
   * the theme is, its words matching the same text, counted there).
   *
   * @throws IllegalStateException when the index was built without the papers' counts
   */
  public int papersWithSeed(int t, int i) {
    if (papersWithSeed == null) {
      throw new IllegalStateException("seeds were not counted in the papers");
    }
    String key = SeedMatcher.key(themes.get(t).seeds().get(i));
    for (int j = 0; j < i; j++) {
      if (SeedMatcher.key(themes.get(t).seeds().get(j)).equals(key)) {
        return papersWithSeed[t][j];
      }
    }
    return papersWithSeed[t][i];
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
