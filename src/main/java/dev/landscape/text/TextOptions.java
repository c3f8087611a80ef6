package dev.landscape.text;

import java.nio.file.Path;

/**
 * Settings of text preparation. Zero means "choose from the corpus size" for the counts and fractions below.
 *
 * @param extraStopwords a file of words to drop as well ({@code --stopwords}), or null
 * @param keepWords a file of words never to drop, split, fold or prune ({@code --keep-words}), or null
 * @param phrases whether to find and join phrases ({@code --phrases on|off})
 * @param phraseMinCount occurrences a phrase needs; 0: max(3, tokens / 500,000)
 * @param phraseThreshold NPMI a phrase needs, in (-1, 1]
 * @param minDocs papers a term must appear in; 0: 1 below 200 papers, 2 below 2,000, 3 below 20,000, else 5
 * @param maxDocFraction share of papers a term may appear in; 0: 0.25 from 2,000 papers up, 0.5 from 20, no limit
 *     below
 * @param threads threads for tokenizing
 * @param seedPhrases phrases a user named (theme seeds): joined wherever their words occur in sequence, before and
 *     whatever the statistics of phrase detection say, so that they can become terms even in a small corpus
 */
public record TextOptions(
    Path extraStopwords,
    Path keepWords,
    boolean phrases,
    int phraseMinCount,
    double phraseThreshold,
    int minDocs,
    double maxDocFraction,
    int threads,
    java.util.List<String> seedPhrases) {
  public TextOptions {
    seedPhrases = java.util.List.copyOf(seedPhrases);
    check(phraseMinCount >= 0, "--phrase-min-count must be 0 (auto) or more, found " + phraseMinCount);
    check(phraseThreshold > -1 && phraseThreshold <= 1, "--phrase-threshold must be in (-1, 1], found " + phraseThreshold);
    check(minDocs >= 0, "--min-docs must be 0 (auto) or more, found " + minDocs);
    check(maxDocFraction >= 0 && maxDocFraction <= 1, "--max-doc-fraction must be in [0, 1], found " + maxDocFraction);
    check(threads >= 1, "--threads must be at least 1, found " + threads);
  }

  /** The defaults, with {@code threads} threads. */
  public static TextOptions defaults(int threads) {
    return new TextOptions(null, null, true, 0, 0.5, 0, 0, threads, java.util.List.of());
  }

  /** The same settings with {@code phrases} as the seed phrases. */
  public TextOptions withSeedPhrases(java.util.List<String> phrases) {
    return new TextOptions(extraStopwords, keepWords, this.phrases, phraseMinCount, phraseThreshold, minDocs,
        maxDocFraction, threads, phrases);
  }

  /**
   * The same settings reading the extra stopwords and the words kept from {@code stopwords} and {@code keepWords}
   * instead: a saved model keeps the run's own (empty when it had none), and {@code landscape report --from} reads
   * those, whatever became of the files the run was given.
   */
  public TextOptions withWordFiles(java.nio.file.Path stopwords, java.nio.file.Path keepWords) {
    return new TextOptions(stopwords, keepWords, phrases, phraseMinCount, phraseThreshold, minDocs, maxDocFraction,
        threads, seedPhrases);
  }

  /** The phrase count threshold for a corpus of {@code tokens} tokens. */
  int phraseMinCountFor(long tokens) {
    return phraseMinCount > 0 ? phraseMinCount : (int) Math.max(3, tokens / 500_000);
  }

  /** The document-frequency floor for {@code papers} papers. */
  int minDocsFor(int papers) {
    if (minDocs > 0) {
      return minDocs;
    }
    return papers < 200 ? 1 : papers < 2_000 ? 2 : papers < 20_000 ? 3 : 5;
  }

  /** The document-frequency ceiling, as a share of papers, for {@code papers} papers. */
  double maxDocFractionFor(int papers) {
    if (maxDocFraction > 0) {
      return maxDocFraction;
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
