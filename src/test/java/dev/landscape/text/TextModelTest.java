package dev.landscape.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frozen text preparation prepares a training paper into exactly its training tokens, saved or not. */
class TextModelTest {
  @TempDir Path tmp;

  /**
   * Texts with every kind of decision in them: phrases found by statistics (language model, chain of thought with
   * a connector), a seed phrase too rare for the statistics (human feedback), plurals, hyphen variants, glued
   * words, stopwords and clause boundaries.
   */
  static List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      texts.add("We study large language models and chain of thought prompting for reasoning tasks " + i % 3 + ". "
          + (i % 2 == 0 ? "Pre-trained transformers" : "pretrained Transformer layers") + " improve accuracy.");
      texts.add("Diffusion models generate images; weproposeDiffusion samplers with score matching and "
          + (i % 5 == 0 ? "human feedback" : "noise schedules") + " for image synthesis.");
    }
    return texts;
  }

  static TextOptions options() {
    return new TextOptions(TextOptions.WordFiles.NONE,
        new TextOptions.Phrasing(true, 3, 0.3, List.of("human feedback")),
        new TextOptions.Pruning(1, 1.0), 2);
  }

  @Test
  void trainingPapersComeOutAsTheirTrainingTokens() throws IOException {
    List<String> texts = texts();
    PreparedCorpus corpus = TextFixtures.prepare(texts, options());
    assertTrue(corpus.report().phrases() > 0, "the fixture must exercise phrases");
    TextModel model = corpus.textModel();
    Files.createDirectories(tmp);
    TextModelFiles.write(model, tmp);
    TextModel loaded = TextModelFiles.read(tmp, model.corpusTokens());
    assertEquals(corpus.vocabulary().words(), loaded.vocabulary().words());
    for (int d = 0; d < texts.size(); d++) {
      assertArrayEquals(corpus.tokens().tokens(d), model.prepare(texts.get(d)), "paper " + d);
      assertArrayEquals(corpus.tokens().tokens(d), loaded.prepare(texts.get(d)), "paper " + d + " after loading");
    }
  }

  @Test
  void unseenFormsAreDecidedByTheTrainingRules() {
    TextOptions noPhrases = new TextOptions(TextOptions.WordFiles.NONE,
        new TextOptions.Phrasing(false, 0, 0.5, List.of()),
        new TextOptions.Pruning(1, 1.0), 1);
    PreparedCorpus corpus = TextFixtures.prepare(texts(), noPhrases);
    TextModel model = corpus.textModel();
    // Training saw "models", "images", "score" and "matching", never these spellings: a singular, a capitalised
    // form, a glued pair, and a word that is no term at all.
    List<String> words = java.util.Arrays.stream(model.prepare("Model IMAGE scorematching zyxwv"))
        .mapToObj(corpus.vocabulary()::word).toList();
    assertEquals(List.of("model", "image", "score", "matching"), words);
    assertEquals(0, model.prepare("zyxwv qqqq of the").length, "no known word");
  }

  @Test
  void aDamagedFileNamesItsLine() throws IOException {
    TextModel model = TextFixtures.prepare(texts(), options()).textModel();
    TextModelFiles.write(model, tmp);
    Path forms = tmp.resolve(TextModelFiles.FORMS);
    List<String> lines = new ArrayList<>(Files.readAllLines(forms));
    lines.set(3, lines.get(3).replaceFirst("\t[0-9]+\t", "\tmany\t"));
    Files.write(forms, lines);
    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> TextModelFiles.read(tmp, model.corpusTokens()));
    assertTrue(e.getMessage().startsWith(forms + ":4: expected a whole number"), e.getMessage());
  }
}
