package dev.landscape.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.corpus.DatePrecision;
import dev.landscape.corpus.Paper;
import dev.landscape.corpus.PaperInfo;
import dev.landscape.model.ModelFiles;
import dev.landscape.model.SavedModel;
import dev.landscape.topics.MalletInferencer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One paper placed on a saved model (the default corpus's, committed with CommittedReportsTest): its sampler is
 * seeded by the model seed and its id, so it gets the same row whatever was placed before it and on whichever
 * placer; a paper with no word the model knows is unassignable rather than guessed.
 */
class PaperPlacerTest {
  private static final SavedModel MODEL = ModelFiles.read(Path.of("src/test/resources/dev/landscape/pipeline/"
      + "default-run/model"));

  private static PaperPlacer placer() {
    return new PaperPlacer(MODEL, PaperPlacer.inferencer(MODEL, new MalletInferencer.Settings(100, 10, 10,
        MODEL.seed())).sampler());
  }

  private static Paper paper(String id, String text) {
    return new Paper(new PaperInfo(id, "", List.of(), null, DatePrecision.NONE), text);
  }

  @Test
  void aPaperGetsTheSameRowWhateverWasPlacedBefore() {
    Paper lora = paper("x1", "We freeze the pretrained weights and train low-rank adaptation matrices (LoRA) and "
        + "prefix tuning for large language models, reducing trainable parameters.");
    Paper attention = paper("x2", "Sparse attention and multi-query attention cut the memory of the key-value cache "
        + "for long context transformers.");
    PaperPlacer.Placed alone = placer().place(lora);
    PaperPlacer other = placer();
    other.place(attention);
    other.place(attention);
    PaperPlacer.Placed after = other.place(lora);
    assertTrue(alone.assigned());
    assertArrayEquals(alone.proportions(), after.proportions());
    assertEquals(alone.themes().members(), after.themes().members());
    assertTrue(alone.themes().members().contains(0), "the LoRA paper is Parameter-efficient fine-tuning's: "
        + alone.themes().members());
  }

  @Test
  void aPaperOfNoKnownWordIsUnassignable() {
    PaperPlacer.Placed placed = placer().place(paper("x3", "zzzqx wwwpq"));
    assertFalse(placed.assigned());
    assertEquals(0, placed.tokens());
  }
}
