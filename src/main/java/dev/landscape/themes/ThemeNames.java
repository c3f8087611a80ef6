package dev.landscape.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names for automatic themes, from their most relevant terms, as a person would write them: a phrase first when one
 * is among the leading terms ("Federated learning, clients"), never a word that repeats one already in the name in
 * another form ("neural network" then "neurons", "federated learning" then "FL"), and never one of the corpus's most
 * widespread terms (the words every abstract uses to say what it does: "enhance", "issues", "research"), which are
 * relevant to a theme only because they are everywhere. Nor does an automatic theme take the word a named theme is
 * known by, the first of its name, in any form ({@link #claims}): a legend with "Attention efficiency and long context"
 * and "Attention mechanism, fusion" reads as two parts of one subject, and a reader who counts the attention papers
 * adds both.
 */
final class ThemeNames {
  /** Terms in a name. */
  static final int TERMS = 3;
  /** A phrase among this many leading terms goes first. */
  static final int PHRASE_WINDOW = 5;
  /** The corpus's most widespread share of its vocabulary never names a theme. */
  static final double WIDESPREAD_SHARE = 0.01;

  private ThemeNames() {}

  /**
   * The name of a theme whose most relevant terms are {@code terms} (display forms, most relevant first), with
   * {@code unfit} saying which of them may not name it (the corpus's most widespread, a named theme's key word).
   */
  static String of(List<String> terms, java.util.function.Predicate<String> unfit) {
    List<String> candidates = new ArrayList<>(terms.stream().filter(unfit.negate()).toList());
    if (candidates.size() < 2) {
      candidates = new ArrayList<>(terms); // nothing particular to the theme: its words are all it has
    }
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < Math.min(PHRASE_WINDOW, candidates.size()); i++) {
      if (candidates.get(i).contains(" ")) {
        chosen.add(candidates.get(i));
        break;
      }
    }
    for (String term : candidates) {
      if (chosen.size() == TERMS) {
        break;
      }
      if (chosen.stream().noneMatch(c -> repeats(term, c))) {
        chosen.add(term);
      }
    }
    if (chosen.isEmpty()) {
      return "Unnamed";
    }
    String name = String.join(", ", chosen);
    return Character.isLowerCase(name.charAt(0)) ? name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1)
        : name;
  }

  /**
   * Whether {@code a} says again what {@code b} says: they share a word, or two words share a beginning of at least
   * four letters and most of the shorter word (neural, neurons; learning, learnable), or one is the initials of the
   * other (FL, federated learning).
   */
  static boolean repeats(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    List<String> wa = words(a);
    List<String> wb = words(b);
    for (String x : wa) {
      for (String y : wb) {
        int common = commonPrefix(x, y);
        if (x.equals(y) || (common >= 4 && common >= 0.6 * Math.min(x.length(), y.length()))) {
          return true;
        }
      }
    }
    return isInitials(a, wb) || isInitials(b, wa);
  }

  /** The word each named theme is known by: the first of its name ("attention" of "Attention efficiency and ..."). */
  static List<String> keyWords(List<String> namedThemes) {
    return namedThemes.stream().map(ThemeNames::words).filter(w -> !w.isEmpty()).map(w -> w.get(0)).distinct()
        .toList();
  }

  /**
   * Whether {@code term} uses one of {@code keyWords} in some form: the same word, or one sharing a beginning of most
   * of the longer word ("generation" of "generative", "attentional" of "attention"; not "multi-agent" of
   * "multimodal").
   */
  static boolean claims(String term, List<String> keyWords) {
    for (String x : words(term)) {
      for (String y : keyWords) {
        int common = commonPrefix(x, y);
        if (x.equals(y) || (common >= 4 && common >= 0.6 * Math.max(x.length(), y.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static int commonPrefix(String x, String y) {
    int common = 0;
    while (common < Math.min(x.length(), y.length()) && x.charAt(common) == y.charAt(common)) {
      common++;
    }
    return common;
  }

  private static boolean isInitials(String acronym, List<String> phrase) {
    String letters = acronym.toLowerCase(Locale.ROOT).replaceAll("s$", "");
    if (phrase.size() < 2 || letters.length() != phrase.size() || acronym.contains(" ")) {
      return false;
    }
    for (int i = 0; i < phrase.size(); i++) {
      if (phrase.get(i).charAt(0) != letters.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words(String term) {
    List<String> words = new ArrayList<>();
    for (String w : term.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
      }
    }
    return words;
  }
}
