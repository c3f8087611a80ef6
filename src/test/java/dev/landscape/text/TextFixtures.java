package dev.landscape.text;

import dev.landscape.corpus.CorpusFormat;
import dev.landscape.corpus.DatePrecision;
import dev.landscape.corpus.Paper;
import dev.landscape.corpus.PaperInfo;
import dev.landscape.corpus.PaperSource;
import dev.landscape.corpus.ReadStats;
import dev.landscape.progress.Progress;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Prepares literal texts as a corpus, for tests of text preparation and of later stages. */
public final class TextFixtures {
  private TextFixtures() {}

  /** Options that keep every word: no phrases, no pruning. */
  public static TextOptions keepEverything() {
    return new TextOptions(null, null, false, 0, 0.5, 1, 1.0, 1, java.util.List.of());
  }

  /** One paper per text, ids {@code p0, p1, ...}, prepared with {@code options}. */
  public static PreparedCorpus prepare(List<String> texts, TextOptions options) {
    return new TextPreparer(options).prepare(source(texts), Progress.NONE);
  }

  /** One paper per text with every word kept. */
  public static PreparedCorpus prepare(List<String> texts) {
    return prepare(texts, keepEverything());
  }

  /** The display forms of document {@code d}'s terms. */
  public static List<String> terms(PreparedCorpus corpus, int d) {
    return java.util.Arrays.stream(corpus.tokens().tokens(d)).mapToObj(corpus.vocabulary()::word).toList();
  }

  static PaperSource source(List<String> texts) {
    Iterator<String> it = texts.iterator();
    return new PaperSource() {
      private int n;

      @Override
      public Paper next() {
        if (!it.hasNext()) {
          return null;
        }
        return new Paper(new PaperInfo("p" + n++, "", List.of(), null, DatePrecision.NONE), it.next());
      }

      @Override
      public ReadStats stats() {
        return new ReadStats("literal", "", 0, CorpusFormat.JSONL, false, n, n, Map.of(), Map.of(), 0, n);
      }
    };
  }
}
