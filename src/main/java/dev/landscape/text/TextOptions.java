package dev.landscape.text;

import java.nio.file.Path;

/**
 * Settings of text preparation. Zero means "choose from the corpus size" for the counts and fractions below.
 *
 * @param words the files of words to drop and to keep
 * @param phrasing how phrases are found and joined
 * @param pruning which terms are dropped for being too rare or too common
 * @param threads threads for tokenizing
 */
public record TextOptions(WordFiles words, Phrasing phrasing, Pruning pruning, int threads) {
  public TextOptions {
    check(threads >= 1, "--threads must be at least 1, found " + threads);
  }

  /**
   * The word files.
   *
   * @param extraStopwords a file of words to drop as well ({@code --stopwords}), or null
   * @param keepWords a file of words never to drop, split, fold or prune ({@code --keep-words}), or null
   */
  public record WordFiles(Path extraStopwords, Path keepWords) {
    /** No word files. */
    public static final WordFiles NONE = new WordFiles(null, null);
  }

  /**
   * Phrases.
   *
   * @param on whether to find and join phrases ({@code --phrases on|off})
   * @param minCount occurrences a phrase needs; 0: max(3, tokens / 500,000)
   * @param threshold NPMI a phrase needs, in (-1, 1]
   * @param seedPhrases phrases a user named (theme seeds): joined wherever their words occur in sequence, before and
   *     whatever the statistics of phrase detection say, so that they can become terms even in a small corpus
   */
  public record Phrasing(boolean on, int minCount, double threshold, java.util.List<String> seedPhrases) {
    /** Phrases on, their counts chosen from the corpus, NPMI 0.5, no seed phrases. */
    public static final Phrasing DEFAULT = new Phrasing(true, 0, 0.5, java.util.List.of());

    public Phrasing {
      seedPhrases = java.util.List.copyOf(seedPhrases);
      check(minCount >= 0, "--phrase-min-count must be 0 (auto) or more, found " + minCount);
      check(threshold > -1 && threshold <= 1, "--phrase-threshold must be in (-1, 1], found " + threshold);
    }
  }

  /**
   * Pruning.
   *
   * @param minDocs papers a term must appear in; 0: 1 below 200 papers, 2 below 2,000, 3 below 20,000, else 5
   * @param maxDocFraction share of papers a term may appear in; 0: 0.25 from 2,000 papers up, 0.5 from 20, no limit
   *     below
   */
  public record Pruning(int minDocs, double maxDocFraction) {
    /** Both bounds chosen from the corpus size. */
    public static final Pruning AUTO = new Pruning(0, 0);

    public Pruning {
      check(minDocs >= 0, "--min-docs must be 0 (auto) or more, found " + minDocs);
      check(maxDocFraction >= 0 && maxDocFraction <= 1, "--max-doc-fraction must be in [0, 1], found "
          + maxDocFraction);
    }
  }

  /** The defaults, with {@code threads} threads. */
  public static TextOptions defaults(int threads) {
    return new TextOptions(WordFiles.NONE, Phrasing.DEFAULT, Pruning.AUTO, threads);
  }

  /** The same settings with {@code phrases} as the seed phrases. */
  public TextOptions withSeedPhrases(java.util.List<String> phrases) {
    return new TextOptions(words, new Phrasing(phrasing.on(), phrasing.minCount(), phrasing.threshold(), phrases),
        pruning, threads);
  }

  /**
   * The same settings reading the extra stopwords and the words kept from {@code stopwords} and {@code keepWords}
   * instead: a saved model keeps the run's own (empty when it had none), and {@code landscape report --from} reads
   * those, whatever became of the files the run was given.
   */
  public TextOptions withWordFiles(java.nio.file.Path stopwords, java.nio.file.Path keepWords) {
    return new TextOptions(new WordFiles(stopwords, keepWords), phrasing, pruning, threads);
  }

  public Path extraStopwords() {
    return words.extraStopwords();
  }

  public Path keepWords() {
    return words.keepWords();
  }

  public boolean phrases() {
    return phrasing.on();
  }

  public int phraseMinCount() {
    return phrasing.minCount();
  }

  public double phraseThreshold() {
    return phrasing.threshold();
  }

  public java.util.List<String> seedPhrases() {
    return phrasing.seedPhrases();
  }

  public int minDocs() {
    return pruning.minDocs();
  }

  public double maxDocFraction() {
    return pruning.maxDocFraction();
  }

  /** The phrase count threshold for a corpus of {@code tokens} tokens. */
  int phraseMinCountFor(long tokens) {
    return phrasing.minCount() > 0 ? phrasing.minCount() : (int) Math.max(3, tokens / 500_000);
  }

  /** The document-frequency floor for {@code papers} papers. */
  int minDocsFor(int papers) {
    if (pruning.minDocs() > 0) {
      return pruning.minDocs();
    }
    return papers < 200 ? 1 : papers < 2_000 ? 2 : papers < 20_000 ? 3 : 5;
  }

  /** The document-frequency ceiling, as a share of papers, for {@code papers} papers. */
  double maxDocFractionFor(int papers) {
    if (pruning.maxDocFraction() > 0) {
      return pruning.maxDocFraction();
    }
    // In thousands of papers a term in more than a quarter of them is a word of the whole field (model, method,
    // LLM in cs.AI): every topic shares it, so it crowds labels and lowers coherence without telling topics apart.
    // A few dozen papers cannot tell field words from topic words that well, so the ceiling is looser there.
    return papers < 20 ? 1.0 : papers < 2_000 ? 0.5 : 0.25;
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
