package dev.landscape.themes;

import dev.landscape.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the named themes' seeds in a paper's own words, before stopwords or pruning remove any: how often each theme
 * is named in a text, and by which seed ({@link SeedWords} says what matches). Matches are counted without overlap,
 * the longest seed first, across themes ({@link #count}). Immutable and shared by the threads that scan papers.
 *
 * <p>Seeds are numbered across themes in file order (theme 0's seeds first): {@link #seedCount()} in all. Seeds of
 * one theme written differently but matching the same words ({@code chain of thought}, {@code chain-of-thought})
 * are one seed for counting: the first of them.
 */
public final class SeedMatcher {
  /** A seed as matched: its theme and its number across themes. */
  private record Seed(int theme, int number) {}

  private final int themes;
  private final int[] firstSeed;
  private final int[] themeOfSeed;
  /** The seeds by key: the first seed of each theme with that key (several themes may share a key). */
  private final Map<String, Seed[]> byKey = new HashMap<>();
  /** Every proper leading part of a key, as long as a text's parts may grow towards one. */
  private final Set<String> prefixes = new HashSet<>();

  /** Compiles the seeds of {@code themes}, in theme order. */
  public SeedMatcher(List<ThemeSpec> themes) {
    this.themes = themes.size();
    firstSeed = new int[themes.size() + 1];
    List<Integer> seedThemes = new ArrayList<>();
    for (int t = 0; t < themes.size(); t++) {
      firstSeed[t] = seedThemes.size();
      for (String seed : themes.get(t).seeds()) {
        int number = seedThemes.size();
        seedThemes.add(t);
        String key = key(seed);
        if (key.isEmpty()) {
          continue;
        }
        Seed[] before = byKey.getOrDefault(key, new Seed[0]);
        if (Arrays.stream(before).noneMatch(s -> s.theme() == seedThemes.get(number))) {
          Seed[] now = Arrays.copyOf(before, before.length + 1);
          now[before.length] = new Seed(t, number);
          byKey.put(key, now);
        }
        for (int i = 1; i < key.length(); i++) {
          prefixes.add(key.substring(0, i));
        }
      }
    }
    firstSeed[themes.size()] = seedThemes.size();
    themeOfSeed = seedThemes.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A seed's key: its parts, as {@link TextNormalizer} leaves the text, run together. */
  static String key(String seed) {
    return SeedWords.key(TextNormalizer.normalize(seed));
  }

  /** The number of themes counted. */
  public int themes() {
    return themes;
  }

  /** The number of seeds of every theme. */
  public int seedCount() {
    return themeOfSeed.length;
  }

  /** The number, across themes, of theme {@code t}'s first seed; its seeds are numbered on from there. */
  public int firstSeed(int t) {
    return firstSeed[t];
  }

  /** The theme of seed {@code s}. */
  public int themeOf(int s) {
    return themeOfSeed[s];
  }

  /** {@link #count(String, int[], int[])} without counts per seed. */
  public void count(String text, int[] counts) {
    count(text, counts, null);
  }

  /**
   * Adds to {@code counts[t]} the matches of theme {@code t}'s seeds in {@code text}, and to {@code seedCounts[s]}
   * those of seed {@code s} (null: not counted). Where seeds overlap, the longest names the words, whatever its
   * theme: "process reward model" is a reasoning seed, not also alignment's "reward model" and agents' "reward", and
   * "safety alignment" is not also a "safety" hit. Seeds of the same words count for each of their themes.
   */
  public void count(String text, int[] counts, int[] seedCounts) {
    SeedWords.Parts parts = SeedWords.of(text);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < parts.size(); ) {
      if (!parts.startsWord()[i]) {
        i++; // a seed never starts inside a compound
        continue;
      }
      Seed[] longest = null;
      int end = i;
      joined.setLength(0);
      for (int j = i; j < parts.size(); j++) {
        joined.append(parts.parts().get(j));
        String key = joined.toString();
        Seed[] found = byKey.get(key);
        if (found != null) {
          longest = found;
          end = j + 1;
        }
        if (!prefixes.contains(key)) {
          break;
        }
      }
      if (longest == null) {
        i++;
        continue;
      }
      for (Seed seed : longest) {
        counts[seed.theme()]++;
        if (seedCounts != null) {
          seedCounts[seed.number()]++;
        }
      }
      i = end;
    }
  }

  /** What {@link #everySeedIn} calls for each seed found: its theme, its number and the length of its key. */
  interface Found {
    void seed(int theme, int number, int keyLength);
  }

  /**
   * Calls {@code found} for every seed whose words occur in {@code text}, wherever they start a word, however they
   * overlap others: a vocabulary term holds all of them ({@code large language model} holds {@code language model}).
   * A seed found at several places is reported each time.
   */
  void everySeedIn(String text, Found found) {
    SeedWords.Parts parts = SeedWords.of(text);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (!parts.startsWord()[i]) {
        continue;
      }
      joined.setLength(0);
      for (int j = i; j < parts.size(); j++) {
        joined.append(parts.parts().get(j));
        String key = joined.toString();
        for (Seed seed : byKey.getOrDefault(key, NONE)) {
          found.seed(seed.theme(), seed.number(), key.length());
        }
        if (!prefixes.contains(key)) {
          break;
        }
      }
    }
  }

  private static final Seed[] NONE = new Seed[0];
}
