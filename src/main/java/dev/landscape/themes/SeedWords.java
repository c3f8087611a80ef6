package dev.landscape.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text and seeds cut into the parts that seed matching compares. A part is a run of letters and digits, in lower
 * case, with an apostrophe inside it dropped ({@code agent's} is {@code agents}) and the endings of a plural taken off
 * ({@link #singular}). A hyphen or a slash between two parts joins
 * them into a compound ({@code low-rank}, {@code encoder/decoder}); anything else (space, punctuation, a spaced dash)
 * starts a new word.
 *
 * <p>A seed matches where its parts, run together, equal the parts of the text run together, starting at the start
 * of a word: so a seed written with spaces, hyphens or nothing between its parts finds every other way of writing it
 * ({@code low-rank adaptation} finds {@code low rank adaptation} and {@code lowrank adaptation}; {@code pretraining}
 * finds {@code pre-training}). A match may end inside a compound, whose leading part is what English puts the
 * compound's subject in ({@code LoRA-based}, {@code diffusion-generated}), but never starts inside one: {@code aligned}
 * does not match {@code pixel-aligned}. Linear in the text. Dashes of other scripts are folded to these by
 * {@code TextNormalizer} before the text gets here.
 */
final class SeedWords {
  private SeedWords() {}

  /**
   * A text's parts.
   *
   * @param parts each part, lower case and singular
   * @param startsWord whether each part starts a word (rather than continuing a compound)
   */
  record Parts(List<String> parts, boolean[] startsWord) {
    int size() {
      return parts.size();
    }
  }

  /** The parts of {@code text}. */
  static Parts of(String text) {
    List<String> parts = new ArrayList<>();
    boolean[] starts = new boolean[16];
    StringBuilder part = new StringBuilder();
    boolean joined = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        part.append(Character.toLowerCase(c));
        continue;
      }
      boolean inside = part.length() > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
      if (inside && (c == '\'' || c == '\u2019')) {
        continue; // an apostrophe inside a word: agent's, don't
      }
      if (part.length() > 0) {
        if (parts.size() == starts.length) {
          starts = java.util.Arrays.copyOf(starts, starts.length * 2);
        }
        starts[parts.size()] = !joined;
        parts.add(singular(part.toString()));
        part.setLength(0);
      }
      joined = inside && (c == '-' || c == '/');
    }
    return new Parts(parts, java.util.Arrays.copyOf(starts, parts.size()));
  }

  /** A seed's key: its parts run together. Empty for a seed of no letters or digits. */
  static String key(String seed) {
    return String.join("", of(seed.toLowerCase(Locale.ROOT)).parts());
  }

  /**
   * A word's singular, as far as spelling tells: the plural endings of English taken off until none is left, so that
   * a singular and its plural end the same ({@code galaxies} and {@code galaxy} are {@code galaxy}; {@code caches}
   * and {@code cache}, {@code cach}; {@code biases} and {@code bias}, {@code bia}). What comes out need not be a
   * word; seeds and text go through the same steps, so they agree. Words of three letters or fewer are left as they
   * are, and so are {@code -ss} and longer {@code -us} and {@code -is} words (class, corpus, analysis).
   */
  static String singular(String word) {
    String w = word;
    while (w.length() > 3) {
      int n = w.length();
      if (n > 4 && w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
        w = w.substring(0, n - 3) + "y";
      } else if (w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
        w = w.substring(0, n - 1);
      } else if (w.endsWith("e") && endsWithSibilant(w.substring(0, n - 1))) {
        w = w.substring(0, n - 1);
      } else if (w.endsWith("s") && !w.endsWith("ss") && !(n > 4 && (w.endsWith("us") || w.endsWith("is")))) {
        w = w.substring(0, n - 1);
      } else {
        break;
      }
    }
    return w;
  }

  /** Whether a stem takes -es for its plural: box, match, wish, bus, quiz. */
  private static boolean endsWithSibilant(String stem) {
    return stem.endsWith("ch") || stem.endsWith("sh") || stem.endsWith("x") || stem.endsWith("s")
        || stem.endsWith("z");
  }
}
