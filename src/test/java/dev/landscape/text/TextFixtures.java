package dev.landscape.text;

import dev.landscape.corpus.DatePrecision;
import dev.landscape.corpus.PaperInfo;
import dev.landscape.corpus.ReadStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a {@link PreparedCorpus} from literal texts, for tests of later stages. */
public final class TextFixtures {
  private TextFixtures() {}

  /** One paper per text, ids {@code p0, p1, ...}, tokenized with the default tokenizer. */
  public static PreparedCorpus prepare(List<String> texts) {
    Tokenizer tokenizer = new Tokenizer(StopWords.defaults());
    Vocabulary vocabulary = new Vocabulary();
    List<PaperInfo> papers = new ArrayList<>();
    List<int[]> documents = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      papers.add(new PaperInfo("p" + i, "", List.of(), null, DatePrecision.NONE));
      documents.add(tokenizer.tokenize(texts.get(i)).stream().mapToInt(vocabulary::idOf).toArray());
    }
    ReadStats stats = new ReadStats("literal", "", 0, dev.landscape.corpus.CorpusFormat.JSONL, false,
        texts.size(), texts.size(), Map.of(), Map.of(), 0, texts.size());
    return new PreparedCorpus(papers, vocabulary, new TokenizedCorpus(documents.toArray(int[][]::new)), List.of(),
        stats);
  }
}
