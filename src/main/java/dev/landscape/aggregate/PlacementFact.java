package dev.landscape.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.landscape.topics.MalletInferencer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How the aggregated papers were placed on the model, as the report's method section says it: read from what placed
 * them (each table's provenance, or the Spark job's own settings), never assumed (issue 38: the report stated
 * "100 iterations, burn-in 10, thinning 10" whatever was used).
 */
public final class PlacementFact {
  private PlacementFact() {}

  /** The sentence for papers placed with {@code settings} (the Spark job's). */
  public static String of(MalletInferencer.Settings settings) {
    return sentence(settings.iterations() + "/" + settings.burnIn() + "/" + settings.thinning()) + ".";
  }

  /**
   * The sentence for tables whose provenance (what {@code landscape infer} wrote beside each, {@link
   * AssignmentFiles#provenance}) is {@code provenance}: one setting, the settings the tables differ in, and how many
   * tables say nothing of theirs.
   */
  public static String of(List<Optional<JsonNode>> provenance) {
    TreeSet<String> settings = new TreeSet<>();
    int unknown = 0;
    for (Optional<JsonNode> table : provenance) {
      String found = table.map(PlacementFact::settingsOf).orElse(null);
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
        + "settings are not known).", unknown, provenance.size()));
  }

  private static String sentence(String settings) {
    return "MALLET TopicInferencer, as 'landscape infer' places a paper: " + numbers(settings)
        + ", each paper seeded by the model seed and its id";
  }

  private static String numbers(String settings) {
    String[] n = settings.split("/");
    return n[0] + " iterations, burn-in " + n[1] + ", thinning " + n[2];
  }

  /** "iterations/burn-in/thinning" from a provenance, or null when it says nothing of them. */
  private static String settingsOf(JsonNode provenance) {
    JsonNode parameters = provenance.path("parameters");
    if (!parameters.path("iterations").isInt() || !parameters.path("burn_in").isInt()
        || !parameters.path("thinning").isInt()) {
      return null;
    }
    return parameters.get("iterations").asInt() + "/" + parameters.get("burn_in").asInt() + "/"
        + parameters.get("thinning").asInt();
  }
}
