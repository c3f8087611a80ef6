package dev.landscape.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the named themes' seeds in a paper's own words, before stopwords or pruning remove any: how often each theme
 * is named in the title and in the abstract ({@link SeedWords} says what matches). Matches are counted without
 * overlap, the longest seed first, across themes ({@link #count}). Immutable and shared by the threads that scan
 * papers.
 */
public final class SeedMatcher {
  private record Pattern(int theme, String[] words) {}

  private final int themes;
  /** Patterns by their first word; single-word patterns also match the leading part of a compound. */
  private final Map<String, List<Pattern>> byFirst = new HashMap<>();

  /** Compiles the seeds of {@code themes}, in theme order. */
  public SeedMatcher(List<ThemeSpec> themes) {
    this.themes = themes.size();
    for (int t = 0; t < themes.size(); t++) {
      for (String seed : themes.get(t).seeds()) {
        for (List<String> form : SeedWords.forms(seed)) {
          byFirst.computeIfAbsent(form.get(0), k -> new ArrayList<>())
              .add(new Pattern(t, form.toArray(String[]::new)));
        }
      }
    }
    byFirst.values().forEach(list -> list.sort(Comparator.comparingInt((Pattern p) -> -p.words().length)));
  }

  /** The number of themes counted. */
  public int themes() {
    return themes;
  }

  /**
   * Adds to {@code counts[t]} the matches of theme {@code t}'s seeds in {@code text}. Where seeds overlap, the longest
   * names the words, whatever its theme: "process reward model" is a reasoning seed, not also alignment's "reward
   * model" and agents' "reward", and "safety alignment" is not also a "safety" hit. Seeds of the same length starting at
   * the same word count for each of their themes.
   */
  public void count(String text, int[] counts) {
    List<String[]> words = SeedWords.of(text);
    boolean[] hit = new boolean[themes];
    for (int i = 0; i < words.size(); ) {
      String[] forms = words.get(i);
      int longest = 0;
      Arrays.fill(hit, false);
      for (int f = forms.length - 1; f >= 0; f--) {
        List<Pattern> candidates = byFirst.get(forms[f]);
        if (candidates == null) {
          continue;
        }
        boolean whole = f == forms.length - 1;
        for (Pattern p : candidates) {
          int length = p.words().length;
          if (length >= longest && (whole || length == 1) && matches(p.words(), words, i)) {
            if (length > longest) {
              Arrays.fill(hit, false);
              longest = length;
            }
            hit[p.theme()] = true;
          }
        }
      }
      for (int t = 0; t < themes; t++) {
        counts[t] += hit[t] ? 1 : 0;
      }
      i += Math.max(1, longest);
    }
  }

  /** Whether any of a seed's {@code forms} ({@link SeedWords#forms}) occurs in {@code words}. */
  static boolean occurs(List<List<String>> forms, List<String[]> words) {
    for (List<String> form : forms) {
      String[] pattern = form.toArray(String[]::new);
      for (int i = 0; i < words.size(); i++) {
        String[] first = words.get(i);
        if ((pattern.length == 1 ? contains(first, pattern[0]) : first[first.length - 1].equals(pattern[0]))
            && matches(pattern, words, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code pattern} starts at word {@code i}: its words but the last equal whole words of the text, its last
   * equals the word there or that word's leading part.
   */
  private static boolean matches(String[] pattern, List<String[]> words, int i) {
    if (i + pattern.length > words.size()) {
      return false;
    }
    for (int j = 1; j < pattern.length; j++) {
      String[] forms = words.get(i + j);
      if (j < pattern.length - 1 ? !forms[forms.length - 1].equals(pattern[j]) : !contains(forms, pattern[j])) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(String[] forms, String word) {
    for (String f : forms) {
      if (f.equals(word)) {
        return true;
      }
    }
    return false;
  }
}
