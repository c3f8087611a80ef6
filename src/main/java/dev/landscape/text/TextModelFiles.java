package dev.landscape.text;

import com.carrotsearch.hppc.LongIntHashMap;
import com.carrotsearch.hppc.cursors.LongIntCursor;
import dev.landscape.io.InputException;
import dev.landscape.io.SmallFiles;
import dev.landscape.io.TsvRows;
import dev.landscape.io.TsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link TextModel} as tab-separated files (the format is documented in docs/model-format.md):
 *
 * <ul>
 *   <li>{@code terms.tsv}: term, key, vocabulary_id (-1 when pruned), display (for vocabulary terms)
 *   <li>{@code forms.tsv}: form, count, codes: what training decided for each lower-case word form
 *   <li>{@code phrases.tsv}: pass (0 for the user's phrases, then each detection pass), phrase term, codes
 *   <li>{@code stopwords-added.txt}, {@code keep-words.txt}: the user's additions to the shipped lists
 * </ul>
 *
 * A code is a term number, {@code s} for a stopword, or {@code c:WORD} for a connector word such as {@code c:of}.
 * Rows are sorted, so the same training writes the same bytes.
 */
public final class TextModelFiles {
  public static final String TERMS = "terms.tsv";
  public static final String FORMS = "forms.tsv";
  public static final String PHRASES = "phrases.tsv";
  public static final String STOPWORDS = "stopwords-added.txt";
  public static final String KEEP_WORDS = "keep-words.txt";
  public static final List<String> FILES = List.of(TERMS, FORMS, PHRASES, STOPWORDS, KEEP_WORDS);

  private TextModelFiles() {}

  /** Writes {@code model} into {@code dir}; returns the file names. */
  public static List<String> write(TextModel model, Path dir) throws IOException {
    try (TsvWriter out = TsvWriter.create(dir.resolve(TERMS), List.of("term", "key", "vocabulary_id", "display"))) {
      Terms terms = model.terms();
      for (int t = 0; t < terms.size(); t++) {
        int v = model.vocabularyId(t);
        out.row(t, terms.key(t), v, (v < 0 ? "" : model.vocabulary().display(v)));
      }
    }
    try (TsvWriter out = TsvWriter.create(dir.resolve(FORMS), List.of("form", "count", "codes"))) {
      List<String> forms = new ArrayList<>(model.forms().keySet());
      forms.sort(null);
      for (String form : forms) {
        TextModel.Form f = model.forms().get(form);
        out.row(form, f.count(), codes(f.codes()));
      }
    }
    try (TsvWriter out = TsvWriter.create(dir.resolve(PHRASES), List.of("pass", "phrase", "codes"))) {
      for (Map.Entry<int[], Integer> named : model.namedPhrases()) {
        out.row("0", named.getValue(), codes(named.getKey()));
      }
      for (int pass = 0; pass < model.passes().size(); pass++) {
        List<long[]> rows = new ArrayList<>();
        for (LongIntCursor c : model.passes().get(pass)) {
          rows.add(new long[] {c.value, c.key});
        }
        rows.sort((a, b) -> Long.compare(a[0], b[0]));
        for (long[] row : rows) {
          long key = row[1];
          int[] connectors = PhraseDetector.connectors(key);
          int[] sequence = new int[connectors.length + 2];
          sequence[0] = PhraseDetector.first(key);
          System.arraycopy(connectors, 0, sequence, 1, connectors.length);
          sequence[sequence.length - 1] = PhraseDetector.second(key);
          out.row((pass + 1), row[0], codes(sequence));
        }
      }
    }
    Files.write(dir.resolve(STOPWORDS), model.stopWords().extraWords(), StandardCharsets.UTF_8);
    Files.write(dir.resolve(KEEP_WORDS), model.stopWords().protectedWords(), StandardCharsets.UTF_8);
    return FILES;
  }

  private static String codes(int[] codes) {
    StringBuilder sb = new StringBuilder();
    for (int code : codes) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(code >= 0 ? Integer.toString(code) : TermMapper.isConnector(code) ? "c:" + TermMapper.connector(code)
          : "s");
    }
    return sb.toString();
  }

  /**
   * Reads the files {@link #write} wrote. Every fault is an {@link InputException} naming the file and line.
   *
   * @param corpusTokens tokens of the training corpus, from the model's description
   */
  public static TextModel read(Path dir, long corpusTokens) {
    Set<String> extra = words(dir.resolve(STOPWORDS));
    Set<String> kept = words(dir.resolve(KEEP_WORDS));
    StopWords stopWords = StopWords.of(extra, kept);
    Terms terms = new Terms();
    List<Integer> vocabularyIds = new ArrayList<>();
    Map<Integer, String[]> vocabulary = new HashMap<>();
    TsvRows.read(dir.resolve(TERMS), 4, (row, at) -> {
      int id = at.integer(row[0], 0, Integer.MAX_VALUE);
      if (id != terms.size() || terms.find(row[1]) >= 0) {
        throw at.fault("term " + row[0] + " is out of order or repeated");
      }
      terms.idOf(row[1]);
      int v = at.integer(row[2], -1, Integer.MAX_VALUE);
      vocabularyIds.add(v);
      if (v >= 0 && vocabulary.put(v, new String[] {row[1], row[3]}) != null) {
        throw at.fault("vocabulary id " + v + " is used twice");
      }
    });
    List<String> keys = new ArrayList<>();
    List<String> displays = new ArrayList<>();
    for (int v = 0; v < vocabulary.size(); v++) {
      String[] entry = vocabulary.get(v);
      if (entry == null) {
        throw new InputException(dir.resolve(TERMS) + ": vocabulary ids are not 0.." + (vocabulary.size() - 1));
      }
      keys.add(entry[0]);
      displays.add(entry[1]);
    }
    Map<String, TextModel.Form> forms = new HashMap<>();
    TsvRows.read(dir.resolve(FORMS), 3, (row, at) -> {
      int count = at.integer(row[1], 0, Integer.MAX_VALUE);
      if (forms.put(row[0], new TextModel.Form(count, codes(row[2], terms.size(), at))) != null) {
        throw at.fault("form " + row[0] + " is repeated");
      }
    });
    List<int[]> named = new ArrayList<>();
    List<Integer> namedIds = new ArrayList<>();
    List<LongIntHashMap> passes = new ArrayList<>();
    TsvRows.read(dir.resolve(PHRASES), 3, (row, at) -> {
      int pass = at.integer(row[0], 0, PhraseDetector.PASSES);
      int phrase = at.integer(row[1], 0, terms.size() - 1);
      int[] codes = codes(row[2], terms.size(), at);
      if (pass == 0) {
        named.add(codes);
        namedIds.add(phrase);
        return;
      }
      if (pass < passes.size() || pass > passes.size() + 1 || codes.length < 2 || codes.length > 4
          || codes[0] < 0 || codes[codes.length - 1] < 0) {
        throw at.fault("not a phrase pair of pass " + pass);
      }
      if (pass > passes.size()) {
        passes.add(new LongIntHashMap());
      }
      passes.get(pass - 1).put(PhraseDetector.pairKey(codes[0], Arrays.copyOfRange(codes, 1, codes.length - 1),
          codes[codes.length - 1]), phrase);
    });
    int[] vocabularyIdArray = vocabularyIds.stream().mapToInt(Integer::intValue).toArray();
    return new TextModel(stopWords, forms, corpusTokens, terms, vocabularyIdArray,
        new TextModel.Joins(named, namedIds.stream().mapToInt(Integer::intValue).toArray(), passes),
        new Vocabulary(keys, displays), TextModel.unseenMapper(stopWords, forms, corpusTokens));
  }

  /** The codes of a row, written by {@link #codes(int[])}. */
  private static int[] codes(String text, int termCount, TsvRows.At at) {
    String[] parts = text.isEmpty() ? new String[0] : text.split(" ");
    int[] codes = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].equals("s")) {
        codes[i] = TermMapper.STOP;
      } else if (parts[i].startsWith("c:")) {
        String word = parts[i].substring(2);
        if (!TermMapper.CONNECTORS.contains(word)) {
          throw at.fault("'" + word + "' is not a connector word");
        }
        codes[i] = TermMapper.connectorCode(word);
      } else {
        codes[i] = at.integer(parts[i], 0, termCount - 1);
      }
    }
    return codes;
  }

  private static Set<String> words(Path file) {
    if (!Files.exists(file)) {
      throw new InputException(file + ": missing from the model");
    }
    Set<String> words = new HashSet<>();
    SmallFiles.lines(file, SmallFiles.MAX_LINE, SmallFiles.MAX_BYTES, (line, number) -> words.add(line));
    return words;
  }
}
