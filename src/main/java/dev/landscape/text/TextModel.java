package dev.landscape.text;

import com.carrotsearch.hppc.LongIntHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The text preparation of a trained model, frozen: what training decided for every word form it saw (a term, a
 * stopword, a connector, the parts of a glued word), the phrases it joined in the order it joined them, and which
 * terms survived pruning. {@link #prepare} runs a new paper through exactly those steps, so a training paper comes
 * out as the very tokens it was trained on, and a new paper as it would have been prepared in training.
 *
 * <p>Forms training never saw are decided by the same rules ({@link TermMapper#codesOfUnseen}) over the training
 * corpus's word counts; they can only become terms the model already has. Immutable and safe for many threads.
 */
public final class TextModel {
  /** What training decided for one lower-case word form: its count in the corpus and its codes. */
  record Form(int count, int[] codes) {}

  /**
   * The phrases training joined, in the order it joined them.
   *
   * @param named the user's phrases as codes, joined first and in this order
   * @param namedIds the phrase term each of {@code named} became
   * @param passes the phrase pairs each detection pass accepted
   */
  record Joins(List<int[]> named, int[] namedIds, List<LongIntHashMap> passes) {}

  private final StopWords stopWords;
  private final Map<String, Form> forms;
  private final long corpusTokens;
  private final Terms terms;
  private final int[] vocabularyIds;
  private final List<int[]> named;
  private final Map<int[], Integer> namedPhrase;
  private final NamedPhrases namedIndex;
  private final List<LongIntHashMap> passes;
  private final Vocabulary vocabulary;
  private final TermMapper unseen;

  /**
   * @param forms per lower-case form, its corpus count and codes
   * @param terms every term of training, phrases included, by id
   * @param vocabularyIds per term, its id in {@code vocabulary}, or -1 when pruning dropped it
   * @param joins the phrases training joined, in the order it joined them
   * @param unseen a mapper holding the training counts, for forms training never saw
   */
  TextModel(StopWords stopWords, Map<String, Form> forms, long corpusTokens, Terms terms, int[] vocabularyIds,
      Joins joins, Vocabulary vocabulary, TermMapper unseen) {
    this.stopWords = Objects.requireNonNull(stopWords);
    // A HashMap, not Map.copyOf: its lookups are the hot loop of preparing new papers.
    this.forms = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(forms));
    this.corpusTokens = corpusTokens;
    this.terms = terms;
    this.vocabularyIds = vocabularyIds.clone();
    this.named = List.copyOf(joins.named());
    this.namedPhrase = new IdentityHashMap<>();
    for (int i = 0; i < this.named.size(); i++) {
      namedPhrase.put(this.named.get(i), joins.namedIds()[i]);
    }
    this.namedIndex = new NamedPhrases(this.named);
    this.passes = List.copyOf(joins.passes());
    this.vocabulary = vocabulary;
    this.unseen = unseen;
  }

  /** The training mapper frozen as it was: for forms no paper of training had. */
  static TermMapper unseenMapper(StopWords stopWords, Map<String, Form> forms, long corpusTokens) {
    TermMapper mapper = new TermMapper(stopWords, Lexicon.shipped());
    Map<String, Integer> counts = new java.util.HashMap<>(forms.size() * 2);
    forms.forEach((form, f) -> counts.put(form, f.count()));
    mapper.freeze(counts, corpusTokens);
    return mapper;
  }

  /** The vocabulary ids of a paper's model text (title and abstract), as training would have made them. */
  public int[] prepare(String text) {
    Coder coder = new Coder();
    Tokenizer.scan(TextNormalizer.normalize(text), coder);
    int[] doc = Arrays.copyOf(coder.codes, coder.length);
    if (!namedIndex.isEmpty()) {
      doc = namedIndex.join(doc, namedPhrase::get, null);
    }
    for (LongIntHashMap pass : passes) {
      doc = PhraseDetector.merge(doc, pass);
    }
    int[] ids = new int[doc.length];
    int n = 0;
    for (int code : doc) {
      if (code >= 0 && vocabularyIds[code] >= 0) {
        ids[n++] = vocabularyIds[code];
      }
    }
    return Arrays.copyOf(ids, n);
  }

  /** Codes the tokens of one text: each form as training decided it, boundaries kept. */
  private final class Coder implements Tokenizer.Sink {
    int[] codes = new int[256];
    int length;

    private char[] lowered = new char[64];

    @Override
    public void token(char[] chars, int start, int end) {
      String lower = lowerCase(chars, start, end);
      Form form = forms.get(lower);
      for (int code : form != null ? form.codes() : unseen.codesOfUnseen(lower, terms)) {
        append(code);
      }
    }

    @Override
    public void boundary() {
      append(RawCorpus.BOUNDARY);
    }

    /** The token in lower case: one string built for ASCII words, the general rule for the rest. */
    private String lowerCase(char[] chars, int start, int end) {
      int length = end - start;
      if (lowered.length < length) {
        lowered = new char[length * 2];
      }
      for (int i = 0; i < length; i++) {
        char c = chars[start + i];
        if (c >= 128) {
          return new String(chars, start, length).toLowerCase(Locale.ROOT);
        }
        lowered[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      }
      return new String(lowered, 0, length);
    }

    private void append(int code) {
      if (length == codes.length) {
        codes = Arrays.copyOf(codes, length * 2);
      }
      codes[length++] = code;
    }
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Word forms training decided on. */
  public int formCount() {
    return forms.size();
  }

  /** Terms of training, pruned ones and phrases included. */
  public int termCount() {
    return terms.size();
  }

  /** Tokens of the training corpus, before stopwords were removed. */
  public long corpusTokens() {
    return corpusTokens;
  }

  StopWords stopWords() {
    return stopWords;
  }

  Map<String, Form> forms() {
    return forms;
  }

  Terms terms() {
    return terms;
  }

  int vocabularyId(int term) {
    return vocabularyIds[term];
  }

  /** The user's phrases with the terms they became, in joining order. */
  List<Map.Entry<int[], Integer>> namedPhrases() {
    List<Map.Entry<int[], Integer>> list = new ArrayList<>();
    for (int[] codes : named) {
      list.add(Map.entry(codes, namedPhrase.get(codes)));
    }
    return list;
  }

  List<LongIntHashMap> passes() {
    return passes;
  }
}
