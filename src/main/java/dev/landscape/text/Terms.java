package dev.landscape.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Terms under construction: each has a key (lower case, folded: {@code llm}, {@code language_model}) and the
 * surface forms that were folded into it with their counts, from which the display form is chosen.
 */
final class Terms {
  /** Separates the words of a phrase in its key. */
  static final String PHRASE_JOINER = "_";

  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> keys = new ArrayList<>();
  private final List<Map<String, Long>> forms = new ArrayList<>();
  private final List<String> phraseDisplays = new ArrayList<>();

  /** The id of {@code key}, added if new. */
  int idOf(String key) {
    Integer id = index.get(key);
    if (id == null) {
      id = keys.size();
      index.put(key, id);
      keys.add(key);
      forms.add(new HashMap<>(4));
      phraseDisplays.add(null);
    }
    return id;
  }

  /** The id of {@code key}, or -1 when no such term exists. */
  int find(String key) {
    Integer id = index.get(key);
    return id == null ? -1 : id;
  }

  /** Records that {@code count} tokens written {@code surface} were folded into term {@code id}. */
  void addForm(int id, String surface, long count) {
    forms.get(id).merge(surface, count, Long::sum);
  }

  /** Adds a phrase term whose display is fixed (its words' displays joined by spaces). */
  int phrase(String key, String display) {
    int id = idOf(key);
    phraseDisplays.set(id, display);
    return id;
  }

  int size() {
    return keys.size();
  }

  String key(int id) {
    return keys.get(id);
  }

  /**
   * How the term is shown: its most frequent surface form (ties: the first in alphabetical order, so the choice is
   * deterministic); for a phrase, its words' displays. Forms capitalized only because they start a sentence or
   * stand in a Title Case title ({@code Federated}, {@code Retrieval-Augmented}) count only when the term has no
   * other form or is capitalized in at least three quarters of its occurrences (a name: {@code English},
   * {@code Bayesian}); acronyms and names ({@code LLMs}, {@code GPT-4}, {@code LoRA}) count fully.
   */
  String display(int id) {
    if (phraseDisplays.get(id) != null) {
      return phraseDisplays.get(id);
    }
    long titleCase = 0;
    long total = 0;
    for (Map.Entry<String, Long> e : forms.get(id).entrySet()) {
      total += e.getValue();
      titleCase += isTitleCase(e.getKey()) ? e.getValue() : 0;
    }
    // Written capitalized in at least three of four places, a word is a name (English, Bayesian); sentence starts
    // and Title Case titles capitalize an ordinary word far less often than that. A name shows in the number of its
    // key when it is written so (Transformer, not Transformers), since phrases show it inside them.
    String key = keys.get(id);
    List<Predicate<String>> preferences = titleCase * 4 >= total * 3
        ? List.of(f -> isTitleCase(f) && f.toLowerCase(Locale.ROOT).equals(key), f -> true)
        : List.of(f -> !isTitleCase(f), f -> true);
    for (Predicate<String> allowed : preferences) {
      String best = mostFrequent(id, allowed);
      if (best != null) {
        return best;
      }
    }
    return key;
  }

  /**
   * How the term shows before another word of a phrase: in the singular where the corpus writes it so, since English
   * puts a noun that modifies another in the singular ("instruction tuning", "preference data", not "instructions
   * tuning"); otherwise as {@link #display}.
   */
  String modifierDisplay(int id) {
    String display = display(id);
    String key = keys.get(id);
    if (phraseDisplays.get(id) != null || display.toLowerCase(Locale.ROOT).equals(key)) {
      return display;
    }
    boolean titleCase = isTitleCase(display);
    for (Predicate<String> allowed : List.<Predicate<String>>of(
        f -> f.toLowerCase(Locale.ROOT).equals(key) && isTitleCase(f) == titleCase,
        f -> f.toLowerCase(Locale.ROOT).equals(key))) {
      String singular = mostFrequent(id, allowed);
      if (singular != null) {
        return singular;
      }
    }
    return display;
  }

  /** The most frequent form of term {@code id} that {@code allowed} accepts (ties: alphabetical), or null. */
  private String mostFrequent(int id, Predicate<String> allowed) {
    String best = null;
    long bestCount = -1;
    for (Map.Entry<String, Long> e : forms.get(id).entrySet()) {
      if (allowed.test(e.getKey())
          && (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** Every hyphen-separated part is a capital followed by lower-case letters only. */
  static boolean isTitleCase(String form) {
    for (String part : form.split("-", -1)) {
      if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
        return false;
      }
      for (int i = 1; i < part.length(); i++) {
        if (!Character.isLowerCase(part.charAt(i)) && !Character.isDigit(part.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The surface forms folded into the term, most frequent first, at most {@code n}. */
  List<String> forms(int id, int n) {
    if (forms.get(id).size() == 1) {
      return List.copyOf(forms.get(id).keySet());
    }
    return forms.get(id).entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n).map(Map.Entry::getKey).toList();
  }
}
