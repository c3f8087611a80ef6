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
    return new TextOptions(TextOptions.WordFiles.NONE,
        new TextOptions.Phrasing(false, 0, 0.5, java.util.List.of()),
        new TextOptions.Pruning(1, 1.0), 1);
  }

  /** Four planted subjects of twelve words each that never share a word (space, cooking, music, geology). */
  public static final List<List<String>> SUBJECTS = List.of(
      List.of("rocket", "orbit", "launch", "satellite", "telescope", "galaxy", "booster", "comet", "planet", "lunar",
          "astronaut", "nebula"),
      List.of("recipe", "flour", "oven", "bake", "bread", "yeast", "sauce", "garlic", "pasta", "butter", "dough",
          "simmer"),
      List.of("violin", "piano", "melody", "chord", "rhythm", "orchestra", "tempo", "sonata", "harmony", "cello",
          "concert", "choir"),
      List.of("glacier", "volcano", "canyon", "erosion", "basalt", "tectonic", "sediment", "magma", "fossil",
          "mineral", "quartz", "granite"));

  /**
   * {@code perSubject} papers of each subject, interleaved (paper d is of subject d % 4), each taking {@code words}
   * of its subject's words, so each word is in few papers.
   */
  public static List<String> plantedTexts(int perSubject, int words) {
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < perSubject; i++) {
      for (List<String> subject : SUBJECTS) {
        List<String> chosen = new java.util.ArrayList<>();
        for (int j = 0; j < words; j++) {
          chosen.add(subject.get((i * 5 + j * 7) % 12));
        }
        texts.add(String.join(" ", chosen));
      }
    }
    return texts;
  }

  /** One paper per text, ids {@code p0, p1, ...}, prepared with {@code options}. */
  public static PreparedCorpus prepare(List<String> texts, TextOptions options) {
    return new TextPreparer(options).prepare(source(texts), Progress.NONE);
  }

  /** One paper per text, prepared with {@code options}, each paper's text also given to {@code scanner}. */
  public static PreparedCorpus prepare(List<String> texts, TextOptions options, PaperScans.Scanner scanner) {
    return new TextPreparer(options).prepare(source(texts), Progress.NONE, scanner);
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
        return new ReadStats(new ReadStats.Source("literal", "", 0, CorpusFormat.JSONL, false), n, n, Map.of(), Map.of(),
            0, n);
      }
    };
  }
}
