package dev.landscape.aggregate;

import dev.landscape.io.InputException;
import dev.landscape.model.SavedModel;
import dev.landscape.output.AggregateManifest;
import dev.landscape.output.CsvCells;
import dev.landscape.output.InferenceProvenance;
import dev.landscape.output.ReportFolder;
import dev.landscape.output.RunJsonWriter;
import dev.landscape.output.RunSummaries;
import dev.landscape.output.TrendTables;
import dev.landscape.output.Versions;
import dev.landscape.trends.TrendAnalysis;
import dev.landscape.trends.TrendOptions;
import dev.landscape.trends.TrendResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the tables of a landscape from its papers' {@link AssignmentTotals}: themes.csv (members, primary papers,
 * share and representative papers of each theme), trends.csv and theme-trends.csv (each theme's share of each
 * period, computed by the same {@link TrendAnalysis} a run uses), and run.json. The one door both
 * {@code landscape aggregate} and the Spark job's driver go through, so the two write the same tables from the same
 * rows.
 */
public final class Aggregation {
  private Aggregation() {}

  /**
   * What to write, and what it came from.
   *
   * @param madeBy "landscape aggregate" or "landscape-spark"
   * @param modelPath the model folder as given
   * @param inputs the files read
   * @param skipped records skipped by kind (the Spark job reads the corpus), else empty
   * @param skipExamples the first examples of each kind
   */
  public record Provenance(String madeBy, List<String> command, String startedAt, String modelPath,
      List<AggregateManifest.Input> inputs, Map<String, Long> skipped, Map<String, List<String>> skipExamples,
      Map<String, Long> timingsMs) {}

  /** Writes every table of {@code totals} into {@code folder} (not committed); returns what run.json says. */
  public static AggregateManifest write(AssignmentTotals totals, SavedModel model, TrendOptions options,
      CsvCells cells, ReportFolder folder, Provenance provenance) {
    if (totals.assigned() == 0) {
      throw new InputException("no paper in " + provenance.inputs().size() + " input file"
          + (provenance.inputs().size() == 1 ? "" : "s") + " was placed on the model (" + totals.unassignable()
          + " unassignable): nothing to aggregate");
    }
    TrendResult trends = TrendAnalysis.analyse(totals.monthly(), totals.themes(), List.of(), options);
    List<String> outputs = new ArrayList<>();
    outputs.add(ThemeTotalsTable.write(totals, model, folder.dir(), cells));
    outputs.addAll(TrendTables.write(trends, folder.dir(), cells));
    outputs.add(ReportFolder.MARKER);
    List<String> files = new ArrayList<>(folder.written());
    files.add(ReportFolder.MARKER);
    files.sort(null);
    InferenceProvenance.Model about = new InferenceProvenance.Model(provenance.modelPath(),
        model.descriptionSha256(), model.about().landscapeVersion(), model.about().corpus(),
        model.topics().topicCount(), model.themes().size(), model.topics().vocabularySize(), model.seed());
    AggregateManifest manifest = new AggregateManifest("landscape", provenance.madeBy(), Versions.landscape(),
        provenance.command(), provenance.startedAt(), about, provenance.inputs(),
        new AggregateManifest.Counts(totals.assigned(), totals.unassignable(), totals.monthly().dated(),
            totals.monthly().undated(), provenance.skipped(), provenance.skipExamples()),
        RunSummaries.Trends.of(trends), provenance.timingsMs(), Versions.all(), outputs, files);
    RunJsonWriter.write(manifest, folder.dir().resolve(ReportFolder.MARKER));
    return manifest;
  }
}
