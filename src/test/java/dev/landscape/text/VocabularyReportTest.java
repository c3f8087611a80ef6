package dev.landscape.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.corpus.PaperStream;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.progress.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What preparation does to the real default corpus, as vocabulary.csv reports it. */
class VocabularyReportTest {
  /** Glued forms quoted in issue 3, as they occur in data/arxiv-ml-abstracts.txt (lower-cased). */
  private static final List<String> GLUED = List.of("proposereflexion", "throughhypotheticaldocumentembeddings",
      "introduceiris", "smallcontinuous", "task-specificvector", "transformersthat");

  private static PreparedCorpus defaultCorpus() throws IOException {
    try (PaperStream papers = PaperStream.open(Path.of("data/arxiv-ml-abstracts.txt"), ReadOptions.defaults())) {
      return new TextPreparer(TextOptions.defaults(2)).prepare(papers, Progress.NONE);
    }
  }

  @Test
  void noGluedFormSurvivesAndEachIsReportedAsSplit() throws IOException {
    PreparedCorpus corpus = defaultCorpus();
    Map<String, VocabularyEntry> byTerm = corpus.report().vocabulary().stream()
        .collect(Collectors.toMap(VocabularyEntry::term, Function.identity(), (a, b) -> a));
    for (String glued : GLUED) {
      assertTrue(!corpus.vocabulary().words().contains(glued), glued + " is a term");
      assertEquals("split", byTerm.get(glued).status(), glued);
    }
    assertEquals("introduce iris", byTerm.get("introduceiris").display());
    assertTrue(corpus.vocabulary().words().stream().noneMatch(w -> w.startsWith("athttp") || w.contains("github")),
        "links are removed");
  }

  /** Every row counts its papers, stopwords and split glued words too: the column is whole numbers throughout. */
  @Test
  void droppedWordsCountTheirPapers(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path file = java.nio.file.Files.writeString(dir.resolve("papers.jsonl"), String.join("\n",
        "{\"id\":\"2401.00001\",\"abstract\":\"The model and the data. The model learns.\"}",
        "{\"id\":\"2401.00002\",\"abstract\":\"A model of data learns quickly.\"}",
        "{\"id\":\"2401.00003\",\"abstract\":\"The data of the model learns slowly.\"}") + "\n");
    PreparedCorpus corpus;
    try (PaperStream papers = PaperStream.open(file, ReadOptions.defaults())) {
      corpus = new TextPreparer(TextOptions.defaults(2)).prepare(papers, Progress.NONE);
    }
    Map<String, VocabularyEntry> byTerm = corpus.report().vocabulary().stream()
        .collect(Collectors.toMap(VocabularyEntry::term, Function.identity(), (a, b) -> a));
    assertEquals("stopword", byTerm.get("the").status());
    assertEquals(2, byTerm.get("the").documents(), "in papers 1 and 3");
    assertEquals(5, byTerm.get("the").occurrences());
    assertEquals(2, byTerm.get("of").documents());
    assertTrue(corpus.report().vocabulary().stream().allMatch(e -> e.documents() >= 0
        && e.documents() <= 3), corpus.report().vocabulary().toString());
  }

  @Test
  void everyDroppedTermSaysWhy() throws IOException {
    PreparedCorpus corpus = defaultCorpus();
    List<VocabularyEntry> entries = corpus.report().vocabulary();
    assertTrue(entries.stream().anyMatch(e -> e.status().equals("stopword") && e.term().equals("the")));
    assertTrue(entries.stream().anyMatch(e -> e.status().equals("too_common")), "39 papers: the 50% ceiling applies");
    for (VocabularyEntry e : entries) {
      assertTrue(List.of("kept", "stopword", "too_rare", "too_common", "split").contains(e.status()), e.toString());
      if (e.status().equals("kept")) {
        assertTrue(corpus.vocabulary().words().contains(e.term()), e.term());
        assertTrue(e.documents() <= corpus.report().maxDocs(), e.toString());
      }
    }
    long kept = entries.stream().filter(e -> e.status().equals("kept")).count();
    assertEquals(corpus.vocabulary().size(), kept);
  }

  @Test
  void pluralsFoldAndLabelsShowTheCommonestForm() throws IOException {
    PreparedCorpus corpus = defaultCorpus();
    Map<String, VocabularyEntry> byTerm = corpus.report().vocabulary().stream()
        .collect(Collectors.toMap(VocabularyEntry::term, Function.identity(), (a, b) -> a));
    VocabularyEntry llm = byTerm.get("llm");
    assertEquals("LLMs", llm.display());
    assertTrue(llm.forms().contains("LLM") && llm.forms().contains("LLMs"), llm.forms().toString());
  }

  @Test
  void preparationDoesNotDependOnThreads() throws IOException {
    PreparedCorpus one;
    PreparedCorpus two;
    try (PaperStream papers = PaperStream.open(Path.of("data/arxiv-ml-abstracts.txt"), ReadOptions.defaults())) {
      one = new TextPreparer(TextOptions.defaults(1)).prepare(papers, Progress.NONE);
    }
    try (PaperStream papers = PaperStream.open(Path.of("data/arxiv-ml-abstracts.txt"), ReadOptions.defaults())) {
      two = new TextPreparer(TextOptions.defaults(3)).prepare(papers, Progress.NONE);
    }
    assertEquals(one.vocabulary().words(), two.vocabulary().words());
    for (int d = 0; d < one.tokens().documentCount(); d++) {
      assertEquals(TextFixtures.terms(one, d), TextFixtures.terms(two, d));
    }
  }

  /**
   * 2,000 papers over 25 words used evenly: every word is in nearly every paper, so the default ceiling (25% of
   * papers from 2,000 up) would remove them all. The default lifts itself instead; a ceiling the user chose is kept.
   */
  @Test
  void theDefaultCeilingNeverEmptiesASmallEvenVocabulary() {
    List<String> words = TextFixtures.SUBJECTS.stream().flatMap(List::stream).limit(25).toList();
    java.util.Random random = new java.util.Random(3);
    List<String> texts = new java.util.ArrayList<>();
    for (int d = 0; d < 2_000; d++) {
      texts.add(random.ints(20, 0, words.size()).mapToObj(words::get).collect(Collectors.joining(" ")));
    }
    TextOptions defaults = new TextOptions(TextOptions.WordFiles.NONE,
        new TextOptions.Phrasing(false, 0, 0.5, List.of()),
        new TextOptions.Pruning(0, 0), 2);
    PreparedCorpus corpus = TextFixtures.prepare(texts, defaults);
    assertEquals(25, corpus.vocabulary().size());
    assertEquals(2_000, corpus.papers().size());
    assertEquals(2_000, corpus.report().maxDocs(), "no ceiling, as run.json then says");
    TextOptions chosen = new TextOptions(TextOptions.WordFiles.NONE,
        new TextOptions.Phrasing(false, 0, 0.5, List.of()),
        new TextOptions.Pruning(0, 0.25), 2);
    assertEquals(0, TextFixtures.prepare(texts, chosen).vocabulary().size(), "the user's own ceiling is applied");
  }
}
