package dev.landscape.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text and seeds reduced to the words that seed matching compares: lower case, a plural {@code s} dropped from
 * words longer than three letters ({@code adapters}, not {@code loss}), and a hyphenated compound kept as one word
 * with its hyphens removed ({@code prefix-tuning} is {@code prefixtuning}).
 *
 * <p>A seed written with spaces or hyphens matches both ways ({@code prefix tuning} and {@code prefix-tuning} in the
 * text). A seed matches the leading part of a compound, where English puts the thing a compound is about
 * ({@code LoRA-based}, {@code diffusion-generated}), but never its later part: {@code aligned} does not match
 * {@code pixel-aligned}. Linear in the text.
 */
final class SeedWords {
  private SeedWords() {}

  /**
   * The words of {@code text} (runs of letters and digits, joined by inner hyphens), each as the forms a seed may
   * match: its leading parts run together, shortest first, the whole compound last ({@code lora},
   * {@code lorabased} for {@code LoRA-based}).
   */
  static List<String[]> of(String text) {
    List<String[]> words = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (c == '-' && word.length() > 0 && i + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        prefixes.add(singular(word.toString())); // an inner hyphen: the parts so far are a leading part
      } else if (word.length() > 0) {
        prefixes.add(singular(word.toString()));
        words.add(prefixes.toArray(String[]::new));
        prefixes.clear();
        word.setLength(0);
      }
    }
    return words;
  }

  /** The ways a seed can be written in text: its words apart, and (when it has several) run together. */
  static List<List<String>> forms(String seed) {
    List<String> apart = new ArrayList<>();
    for (String part : seed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!part.isEmpty()) {
        apart.add(singular(part));
      }
    }
    List<List<String>> forms = new ArrayList<>();
    if (apart.isEmpty()) {
      return forms;
    }
    forms.add(List.copyOf(apart));
    if (apart.size() > 1) {
      forms.add(List.of(singular(seed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", ""))));
    }
    return forms;
  }

  static String singular(String word) {
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
        : word;
  }
}
