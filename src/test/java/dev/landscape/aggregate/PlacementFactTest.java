package dev.landscape.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.landscape.output.InferenceProvenance;
import dev.landscape.topics.MalletInferencer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report states the placement settings the tables were placed with, never a default it assumes (issue 38). */
class PlacementFactTest {
  @TempDir Path tmp;

  private Path table(String name, Integer iterations) throws IOException {
    Path table = Files.writeString(tmp.resolve(name), "id\n");
    if (iterations != null) {
      Files.writeString(InferenceProvenance.fileFor(table), "{\"tool\": \"landscape infer\", \"parameters\": "
          + "{\"iterations\": " + iterations + ", \"burn_in\": 5, \"thinning\": 4}}");
    }
    return table;
  }

  @Test
  void theTablesOwnSettingsOrSaysTheyAreNotKnown() throws IOException {
    Path a = table("a.csv", 40);
    Path b = table("b.csv", 40);
    Path c = table("c.csv", 200);
    Path bare = table("d.csv", null);
    assertEquals("MALLET TopicInferencer, as 'landscape infer' places a paper: 40 iterations, burn-in 5, thinning 4, "
        + "each paper seeded by the model seed and its id.",
        PlacementFact.of(AssignmentFiles.provenance(List.of(a, b))));
    assertEquals("MALLET TopicInferencer, as 'landscape infer' places a paper, with settings that differ between the "
        + "tables: 200 iterations, burn-in 5, thinning 4; 40 iterations, burn-in 5, thinning 4 (1 of 3 tables carry "
        + "no provenance: their settings are not known).",
        PlacementFact.of(AssignmentFiles.provenance(List.of(a, c, bare))));
    assertEquals("MALLET TopicInferencer, as 'landscape infer' places a paper; the tables carry no provenance "
        + "(NAME.run.json), so their iterations, burn-in and thinning are not known.",
        PlacementFact.of(AssignmentFiles.provenance(List.of(bare))));
    assertEquals("MALLET TopicInferencer, as 'landscape infer' places a paper: 100 iterations, burn-in 10, thinning "
        + "10, each paper seeded by the model seed and its id.",
        PlacementFact.of(MalletInferencer.Settings.defaults(1)));
  }
}
