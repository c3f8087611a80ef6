package dev.landscape.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.landscape.output.InferenceProvenance;
import dev.landscape.topics.MalletInferencer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * How the aggregated papers were placed on the model, as the report's method section says it: read from what placed
 * them (each table's provenance, or the Spark job's own settings), never assumed (issue 38: the report stated
 * "100 iterations, burn-in 10, thinning 10" whatever was used).
 */
public final class PlacementFact {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PlacementFact() {}

  /** The sentence for papers placed with {@code settings} (the Spark job's). */
  public static String of(MalletInferencer.Settings settings) {
    return sentence(settings.iterations() + "/" + settings.burnIn() + "/" + settings.thinning()) + ".";
  }

  /**
   * The sentence for the rows of {@code tables}, from the provenance {@code landscape infer} wrote beside each: one
   * setting, the settings the tables differ in, and how many tables say nothing of theirs.
   */
  public static String of(List<Path> tables) {
    TreeSet<String> settings = new TreeSet<>();
    int unknown = 0;
    for (Path table : tables) {
      String found = settingsOf(InferenceProvenance.fileFor(table));
      if (found == null) {
        unknown++;
      } else {
        settings.add(found);
      }
    }
    if (settings.isEmpty()) {
      return "MALLET TopicInferencer, as 'landscape infer' places a paper; the tables carry no provenance "
          + "(NAME.run.json), so their iterations, burn-in and thinning are not known.";
    }
    String text = settings.size() == 1 ? sentence(settings.first())
        : "MALLET TopicInferencer, as 'landscape infer' places a paper, with settings that differ between the "
            + "tables: " + String.join("; ", settings.stream().map(PlacementFact::numbers).toList());
    return text + (unknown == 0 ? "." : String.format(Locale.ROOT, " (%d of %d tables carry no provenance: their "
        + "settings are not known).", unknown, tables.size()));
  }

  private static String sentence(String settings) {
    return "MALLET TopicInferencer, as 'landscape infer' places a paper: " + numbers(settings)
        + ", each paper seeded by the model seed and its id";
  }

  private static String numbers(String settings) {
    String[] n = settings.split("/");
    return n[0] + " iterations, burn-in " + n[1] + ", thinning " + n[2];
  }

  /** "iterations/burn-in/thinning" from a provenance file, or null when there is none or it says nothing of them. */
  private static String settingsOf(Path provenance) {
    if (!Files.isRegularFile(provenance)) {
      return null;
    }
    try {
      JsonNode parameters = JSON.readTree(provenance.toFile()).path("parameters");
      if (!parameters.path("iterations").isInt() || !parameters.path("burn_in").isInt()
          || !parameters.path("thinning").isInt()) {
        return null;
      }
      return parameters.get("iterations").asInt() + "/" + parameters.get("burn_in").asInt() + "/"
          + parameters.get("thinning").asInt();
    } catch (IOException e) {
      return null;
    }
  }
}
