package dev.landscape.text;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.corpus.ReadStats;
import java.util.List;
import java.util.Objects;

/**
 * The output of text preparation: what the topic model trains on.
 *
 * @param papers the modelled papers, in corpus order; paper {@code i} is document {@code i} of {@code tokens}
 * @param vocabulary the word types
 * @param tokens the documents as token ids
 * @param emptyPapers accepted papers left with no token after preprocessing (only stopwords, symbols or numbers);
 *     counted and reported, not modelled
 * @param readStats what reading the file found
 * @param report what preparation did: splits, phrases, pruning, every word's fate
 * @param textModel the preparation frozen, to prepare new papers the same way; null for a corpus made otherwise
 * @param scans what a {@link PaperScans.Scanner} found in each modelled paper's own text, in paper order
 */
public record PreparedCorpus(
    List<PaperInfo> papers,
    Vocabulary vocabulary,
    TokenizedCorpus tokens,
    List<PaperInfo> emptyPapers,
    ReadStats readStats,
    TextReport report,
    TextModel textModel,
    PaperScans scans) {
  /** A corpus without scans. */
  public PreparedCorpus(List<PaperInfo> papers, Vocabulary vocabulary, TokenizedCorpus tokens,
      List<PaperInfo> emptyPapers, ReadStats readStats, TextReport report, TextModel textModel) {
    this(papers, vocabulary, tokens, emptyPapers, readStats, report, textModel, PaperScans.empty(papers.size()));
  }

  public PreparedCorpus {
    papers = List.copyOf(papers);
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(tokens, "tokens");
    emptyPapers = List.copyOf(emptyPapers);
    Objects.requireNonNull(readStats, "readStats");
    Objects.requireNonNull(report, "report");
    if (papers.size() != tokens.documentCount()) {
      throw new IllegalArgumentException(papers.size() + " papers but " + tokens.documentCount() + " documents");
    }
  }

  /** The same corpus with only the papers {@code keep} accepts, over the same vocabulary. */
  public PreparedCorpus subset(java.util.function.Predicate<PaperInfo> keep) {
    java.util.BitSet chosen = new java.util.BitSet(papers.size());
    for (int d = 0; d < papers.size(); d++) {
      chosen.set(d, keep.test(papers.get(d)));
    }
    return subset(chosen);
  }

  /** The same corpus with only the papers at the positions {@code keep} sets, over the same vocabulary. */
  public PreparedCorpus subset(java.util.BitSet keep) {
    List<PaperInfo> kept = new java.util.ArrayList<>();
    List<int[]> docs = new java.util.ArrayList<>();
    PaperScans.Builder keptScans = new PaperScans.Builder(scans.width());
    keptScans.add(scans.data());
    for (int d = 0; d < papers.size(); d++) {
      if (keep.get(d)) {
        kept.add(papers.get(d));
        docs.add(tokens.tokens(d));
        keptScans.keep(d);
      }
    }
    return new PreparedCorpus(kept, vocabulary, new TokenizedCorpus(docs.toArray(int[][]::new)), emptyPapers,
        readStats, report, textModel, keptScans.build());
  }
}
