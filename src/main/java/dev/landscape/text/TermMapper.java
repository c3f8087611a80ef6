package dev.landscape.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, once per surface form, what each token of the corpus becomes: a term (lower-cased, plural folded,
 * hyphen variants merged), a stopword, a connector that may sit inside a phrase, or, for a glued token, several
 * terms. Decisions use corpus-wide counts, which is why they are made after the first pass and not per token.
 */
final class TermMapper {
  static final int STOP = -2;
  /** Connector stopwords are coded {@code -3 - index} into this list, so phrases can say which word joined them. */
  static final List<String> CONNECTORS = StopWords.CONNECTORS.stream().sorted().toList();
  /** Tokens seen more often than this are taken as words, never as glued. */
  static final int GLUE_MAX_COUNT = 3;
  /** Plurals that are not plurals, or whose singular means something else. */
  private static final Set<String> NOT_PLURAL = Set.of("news", "series", "species", "lens", "gas", "bias", "alias",
      "canvas", "atlas", "chaos", "ethos", "logos", "pathos", "corpus", "status", "focus", "consensus", "bonus",
      "virus", "radius", "campus", "census", "thesis", "basis", "analysis", "axis", "always", "perhaps", "whereas",
      "sometimes", "towards", "afterwards", "besides", "nowadays", "plus", "minus", "versus", "this", "its", "has",
      "was", "does", "is", "us", "yes", "less", "unless", "across", "process", "access", "success", "class",
      "loss", "mass", "pass", "progress", "address", "express", "stress", "cross", "glass", "boss", "gauss");

  static boolean isConnector(int code) {
    return code <= -3;
  }

  static String connector(int code) {
    return CONNECTORS.get(-3 - code);
  }

  private final StopWords stopWords;
  private final Lexicon lexicon;
  private final Map<String, Integer> lowerCounts = new HashMap<>();
  private final Map<String, String> hyphenKeys = new HashMap<>();
  private final Map<String, Split> splits = new LinkedHashMap<>();
  private final Map<String, Long> stopCounts = new HashMap<>();
  /** Per surface form of the corpus mapped, the stopwords it yields and the glued word it is, for vocabulary.csv. */
  private List<List<String>> stopsOfType = List.of();
  private String[] gluedOfType = new String[0];
  private List<String> currentStops;
  private Segmenter segmenter;

  TermMapper(StopWords stopWords, Lexicon lexicon) {
    this.stopWords = stopWords;
    this.lexicon = lexicon;
  }

  /** A glued token that was split: its parts and how often it occurred. */
  record Split(List<String> parts, long count) {}

  /** Glued tokens that were split, lower case: for vocabulary.csv. */
  Map<String, Split> splits() {
    return splits;
  }

  /** Stopwords seen, lower case, with their counts: for vocabulary.csv. */
  Map<String, Long> stopCounts() {
    return stopCounts;
  }

  /** The codes of every surface form of {@code raw}: term ids, {@link #STOP}, or connector codes. */
  int[][] map(RawCorpus raw, Terms terms) {
    String[] lower = new String[raw.typeCount()];
    for (int id = 0; id < lower.length; id++) {
      lower[id] = raw.surface(id).toLowerCase(Locale.ROOT);
      lowerCounts.merge(lower[id], raw.count(id), Integer::sum);
    }
    useCounts(raw.tokens());
    Map<String, List<String>> glued = findGlued(lower);
    int[][] codes = new int[raw.typeCount()][];
    stopsOfType = new ArrayList<>(raw.typeCount());
    gluedOfType = new String[raw.typeCount()];
    for (int id = 0; id < raw.typeCount(); id++) {
      currentStops = new ArrayList<>(1);
      codes[id] = mapType(lower[id], raw.surface(id), raw.count(id), glued, terms);
      stopsOfType.add(currentStops.isEmpty() ? List.of() : currentStops);
      gluedOfType[id] = glued.containsKey(lower[id]) ? lower[id] : null;
    }
    currentStops = null;
    return codes;
  }

  /** Papers that hold each stopword and each glued word, by word: vocabulary.csv's {@code documents}. */
  record Documents(Map<String, Long> stopwords, Map<String, Long> glued) {}

  /** Counts, over the documents of {@code raw} (the corpus {@link #map} mapped), the papers of every dropped word. */
  Documents documents(RawCorpus raw) {
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    int[][] keys = new int[gluedOfType.length][];
    for (int id = 0; id < keys.length; id++) {
      List<String> words = new ArrayList<>();
      stopsOfType.get(id).forEach(w -> words.add("s" + w));
      if (gluedOfType[id] != null) {
        words.add("g" + gluedOfType[id]);
      }
      keys[id] = words.stream().mapToInt(w -> index.computeIfAbsent(w, x -> {
        names.add(x);
        return names.size() - 1;
      })).toArray();
    }
    long[] papers = new long[names.size()];
    int[] lastSeen = new int[names.size()];
    java.util.Arrays.fill(lastSeen, -1);
    for (int d = 0; d < raw.documentCount(); d++) {
      for (int id : raw.document(d)) {
        if (id == RawCorpus.BOUNDARY) {
          continue;
        }
        for (int k : keys[id]) {
          if (lastSeen[k] != d) {
            lastSeen[k] = d;
            papers[k]++;
          }
        }
      }
    }
    Map<String, Long> stopwords = new HashMap<>();
    Map<String, Long> glued = new HashMap<>();
    for (int k = 0; k < names.size(); k++) {
      (names.get(k).charAt(0) == 's' ? stopwords : glued).put(names.get(k).substring(1), papers[k]);
    }
    // Needed once: the mapper lives on in the saved text model.
    stopsOfType = List.of();
    gluedOfType = new String[0];
    return new Documents(stopwords, glued);
  }

  /**
   * Prepares this mapper to code forms a trained model never saw, from the training corpus's lower-case word
   * counts: the same counts decide plurals, hyphen variants and glued words as they did in training.
   */
  void freeze(Map<String, Integer> counts, long corpusTokens) {
    lowerCounts.putAll(counts);
    useCounts(corpusTokens);
  }

  private void useCounts(long corpusTokens) {
    segmenter = new Segmenter(lexicon, w -> lowerCounts.getOrDefault(w, 0), corpusTokens);
    groupHyphenVariants();
  }

  /** The lower-case word counts of the corpus mapped, for a saved model. */
  Map<String, Integer> lowerCounts() {
    return lowerCounts;
  }

  /**
   * The codes of a lower-case form the training corpus never had, decided as {@link #map} would have decided them
   * for a form seen once, against the finished {@code terms}: a word that is no term of the model (it would have
   * been too rare) is coded as a stopword, which, like an unknown term, ends any phrase. Safe to call from many
   * threads after {@link #freeze}.
   */
  int[] codesOfUnseen(String lower, Terms terms) {
    List<String> parts = !stopWords.isProtected(lower) && !stopWords.contains(lower) ? splitGlued(lower) : List.of();
    if (parts.isEmpty()) {
      parts = List.of(lower);
    }
    int[] codes = new int[parts.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = decide(parts.get(i), key -> {
        int id = terms.find(key);
        return id < 0 ? STOP : id;
      }, null);
    }
    return codes;
  }

  /**
   * The parts of every glued form, found in parallel: segmentation is the costly part of mapping, and it depends
   * only on corpus counts that are final by now, so the result does not depend on the order of the search.
   */
  private Map<String, List<String>> findGlued(String[] lower) {
    return java.util.Arrays.stream(lower).parallel().distinct()
        .filter(w -> !stopWords.isProtected(w) && !stopWords.contains(w) && lowerCounts.get(w) <= GLUE_MAX_COUNT)
        .map(w -> Map.entry(w, splitGlued(w)))
        .filter(e -> !e.getValue().isEmpty())
        .collect(java.util.stream.Collectors.toConcurrentMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private int[] mapType(String lower, String surface, int count, Map<String, List<String>> glued, Terms terms) {
    List<String> parts = glued.get(lower);
    if (parts != null) {
      splits.merge(lower, new Split(parts, count), (a, b) -> new Split(a.parts(), a.count() + b.count()));
      int[] codes = new int[parts.size()];
      for (int i = 0; i < codes.length; i++) {
        codes[i] = mapWord(parts.get(i), parts.get(i), count, terms);
      }
      return codes;
    }
    return new int[] {mapWord(lower, surface, count, terms)};
  }

  private int mapWord(String lower, String surface, long count, Terms terms) {
    return decide(lower, key -> addForm(terms, key, surface, count), word -> {
      stopCounts.merge(word, count, Long::sum);
      if (currentStops != null && !currentStops.contains(word)) {
        currentStops.add(word);
      }
    });
  }

  /**
   * What one lower-case word becomes: {@code term} turns a term key into its code; {@code stopSeen}, when not null,
   * hears of each stopword.
   */
  private int decide(String lower, java.util.function.ToIntFunction<String> term,
      java.util.function.Consumer<String> stopSeen) {
    if (stopWords.isProtected(lower)) {
      return term.applyAsInt(lower);
    }
    if (stopWords.contains(lower)) {
      if (stopSeen != null) {
        stopSeen.accept(lower);
      }
      return stopWords.isConnector(lower) ? connectorCode(lower) : STOP;
    }
    if (lower.length() < 2) {
      return STOP;
    }
    String key = key(lower);
    if (stopWords.contains(key)) {
      if (stopSeen != null) {
        stopSeen.accept(lower);
      }
      return STOP;
    }
    return term.applyAsInt(key);
  }

  /** The code of connector word {@code word}. */
  static int connectorCode(String word) {
    return -3 - CONNECTORS.indexOf(word);
  }

  /**
   * A phrase written by a user ({@code human feedback}, {@code chain of thought}) coded as the corpus codes it, or
   * null when it cannot occur: fewer than two words, a word the corpus never uses, or a stopword other than a
   * connector between two words. Call after {@link #map}.
   */
  int[] codesOf(String phrase, Terms terms) {
    List<String> tokens = Tokenizer.scan(TextNormalizer.normalize(phrase));
    if (tokens.size() < 2 || tokens.contains(Tokenizer.BOUNDARY)) {
      return null;
    }
    int[] codes = new int[tokens.size()];
    for (int i = 0; i < codes.length; i++) {
      String lower = tokens.get(i).toLowerCase(Locale.ROOT);
      if (!stopWords.isProtected(lower) && stopWords.contains(lower)) {
        boolean inside = i > 0 && i < codes.length - 1;
        if (!inside || !stopWords.isConnector(lower)) {
          return null;
        }
        codes[i] = connectorCode(lower);
        continue;
      }
      codes[i] = terms.find(stopWords.isProtected(lower) ? lower : key(lower));
      if (codes[i] < 0) {
        return null;
      }
    }
    return codes;
  }

  private static int addForm(Terms terms, String key, String surface, long count) {
    int id = terms.idOf(key);
    terms.addForm(id, surface, count);
    return id;
  }

  /** The term key of a lower-case word: plural folded, then merged with its hyphen variants. */
  private String key(String lower) {
    String singular = singular(lower);
    return hyphenKeys.getOrDefault(singular, singular);
  }

  /**
   * The singular of a regular English plural when that singular is a word of the corpus or the lexicon:
   * {@code models} to {@code model}, {@code LLMs} to {@code llm}, {@code approaches} to {@code approach},
   * {@code studies} to {@code study}. The readings are tried in the order minus {@code s}, minus {@code es} (after
   * s, x, z, ch, sh), {@code -ies} to {@code -y}; the one the corpus uses most wins (ties: the earlier), so a stray
   * {@code strategie} in one abstract does not take {@code strategies} from {@code strategy}. When the corpus uses
   * none of them, the first the lexicon knows wins.
   * Words in {@code -ss}, {@code -us}, {@code -is}, {@code -ics} and a short list of exceptions ({@code news},
   * {@code series}, {@code bias}) stay as they are.
   */
  String singular(String w) {
    if (w.length() < 4 || !w.endsWith("s") || stopWords.isProtected(w) || NOT_PLURAL.contains(lastPart(w))
        || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ics") || w.endsWith("'s")) {
      return w;
    }
    List<String> readings = new ArrayList<>(3);
    readings.add(w.substring(0, w.length() - 1));
    if (w.endsWith("es")) {
      String minusEs = w.substring(0, w.length() - 2);
      if (minusEs.endsWith("s") || minusEs.endsWith("x") || minusEs.endsWith("z") || minusEs.endsWith("ch")
          || minusEs.endsWith("sh")) {
        readings.add(minusEs);
      }
    }
    if (w.endsWith("ies") && w.length() > 4) {
      readings.add(w.substring(0, w.length() - 3) + "y");
    }
    String best = null;
    int bestCount = 0;
    for (String reading : readings) {
      int count = lowerCounts.getOrDefault(reading, 0);
      if (count > bestCount) {
        best = reading;
        bestCount = count;
      }
    }
    if (best != null) {
      return best;
    }
    return readings.stream().filter(lexicon::contains).findFirst().orElse(w);
  }

  private static String lastPart(String w) {
    int dash = w.lastIndexOf('-');
    return dash < 0 ? w : w.substring(dash + 1);
  }

  /**
   * Groups spellings that differ only by hyphens ({@code pre-trained}, {@code pretrained}) under the most
   * frequent one, so they count as one term.
   */
  private void groupHyphenVariants() {
    Map<String, Integer> singularCounts = new HashMap<>();
    lowerCounts.forEach((w, c) -> singularCounts.merge(singular(w), c, Integer::sum));
    Map<String, List<String>> groups = new HashMap<>();
    for (String w : singularCounts.keySet()) {
      groups.computeIfAbsent(w.replace("-", ""), k -> new ArrayList<>()).add(w);
    }
    for (List<String> variants : groups.values()) {
      if (variants.size() < 2) {
        continue;
      }
      String best = variants.stream()
          .max((a, b) -> {
            int byCount = Integer.compare(singularCounts.get(a), singularCounts.get(b));
            return byCount != 0 ? byCount : b.compareTo(a);
          }).orElseThrow();
      for (String v : variants) {
        hyphenKeys.put(v, best);
      }
    }
  }

  /**
   * The parts of a glued token, or an empty list. A hyphenated token is split only at its ends
   * ({@code task-specificvector} becomes {@code task-specific vector}).
   */
  private List<String> splitGlued(String lower) {
    if (lower.indexOf('-') < 0) {
      return lower.indexOf('\'') >= 0 ? List.of() : segmenter.split(lower);
    }
    String[] pieces = lower.split("-");
    List<String> first = segmenter.split(pieces[0]);
    List<String> last = pieces.length > 1 ? segmenter.split(pieces[pieces.length - 1]) : List.of();
    if (first.isEmpty() && last.isEmpty()) {
      return List.of();
    }
    if (first.isEmpty()) {
      first = List.of(pieces[0]);
    }
    if (last.isEmpty()) {
      last = List.of(pieces[pieces.length - 1]);
    }
    List<String> parts = new ArrayList<>(first.subList(0, first.size() - 1));
    StringBuilder middle = new StringBuilder(first.get(first.size() - 1));
    for (int i = 1; i < pieces.length - 1; i++) {
      middle.append('-').append(pieces[i]);
    }
    middle.append('-').append(last.get(0));
    parts.add(middle.toString());
    parts.addAll(last.subList(1, last.size()));
    return parts;
  }
}
