package dev.landscape.aggregate;

import dev.landscape.io.InputException;
import dev.landscape.model.SavedModel;
import dev.landscape.output.AggregateManifest;
import dev.landscape.output.CsvCells;
import dev.landscape.output.InferenceProvenance;
import dev.landscape.output.ReportFolder;
import dev.landscape.output.RunJsonWriter;
import dev.landscape.output.RunManifest;
import dev.landscape.output.RunSummaries;
import dev.landscape.output.Tables;
import dev.landscape.output.TrendTables;
import dev.landscape.output.Versions;
import dev.landscape.output.report.AggregateDeck;
import dev.landscape.output.report.AggregateReport;
import dev.landscape.output.report.ReportWriter;
import dev.landscape.output.charts.AggregateCharts;
import dev.landscape.output.charts.Figure;
import dev.landscape.output.charts.LandscapeCharts;
import dev.landscape.themes.ThemeRule;
import dev.landscape.themes.MemberTerms;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
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
 * period, computed by the same {@link TrendAnalysis} a run uses), the theme share and trend charts, report.html, report.md, landscape.pptx and run.json. The one door both
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
   * @param read what was read
   * @param placement how the papers were placed, as {@link PlacementFact} says it
   */
  public record Provenance(String madeBy, List<String> command, String startedAt, String modelPath, Read read,
      Map<String, Long> timingsMs, String placement) {
    public List<AggregateManifest.Input> inputs() {
      return read.inputs();
    }

    public Map<String, Long> skipped() {
      return read.skipped();
    }

    public Map<String, List<String>> skipExamples() {
      return read.skipExamples();
    }
  }

  /**
   * What was read.
   *
   * @param inputs the files read
   * @param skipped records skipped by kind (the Spark job reads the corpus), else empty
   * @param skipExamples the first examples of each kind
   */
  public record Read(List<AggregateManifest.Input> inputs, Map<String, Long> skipped,
      Map<String, List<String>> skipExamples) {
    /** Tables read, nothing skipped (aggregate reads tables, not a corpus). */
    public static Read tables(List<AggregateManifest.Input> inputs) {
      return new Read(inputs, Map.of(), Map.of());
    }
  }

  /**
   * Writes every table of {@code totals} into {@code folder} (not committed); returns what run.json says.
   *
   * @param terms the words of the named themes' member papers, summed over the same papers as {@code totals}, or null
   *     when they were not counted: the themes' top terms and term charts need them
   */
  public static AggregateManifest write(AssignmentTotals totals, MemberTerms terms, SavedModel model,
      TrendOptions options, CsvCells cells, ReportFolder folder, Provenance provenance) {
    if (totals.assigned() == 0) {
      throw new InputException("no paper in " + provenance.inputs().size() + " input file"
          + (provenance.inputs().size() == 1 ? "" : "s") + " was placed on the model (" + totals.unassignable()
          + " unassignable): nothing to aggregate");
    }
    // Topic trends when the rows came with their papers' distributions (infer --doc-topics, the Spark job).
    TrendResult trends = TrendAnalysis.analyse(totals.monthly(), totals.themes(),
        totals.topics() > 0 ? model.topicLabels() : List.of(), options);
    List<Theme> themes = DescribedThemes.of(model, terms);
    List<String> outputs = new ArrayList<>();
    outputs.add(ThemeTotalsTable.write(totals, themes, folder.dir(), cells));
    try (Tables tables = new Tables(folder.dir(), cells, true, false)) {
      TrendTables.write(trends, tables);
      tables.close();
      outputs.addAll(tables.written());
    }
    List<Figure> figures = figures(totals, themes, model, trends);
    LandscapeCharts.write(figures, folder.dir(), String.format(java.util.Locale.ROOT,
        "landscape %s · %,d papers placed on a %d-topic model", Versions.landscape(), totals.assigned(),
        model.topics().topicCount()), 1, 2);
    outputs.add(LandscapeCharts.DIR + "/");
    AggregateReport report = AggregateReports.of(totals, model, themes, trends, figures, supported(totals, model),
        terms != null, provenance);
    outputs.addAll(ReportWriter.aggregate(report, folder.dir()));
    outputs.add(AggregateDeck.write(report, provenance.startedAt(), folder.dir()));
    outputs.add(ReportFolder.MARKER);
    List<String> files = new ArrayList<>(folder.written());
    files.add(ReportFolder.MARKER);
    files.sort(null);
    InferenceProvenance.Model about = new InferenceProvenance.Model(provenance.modelPath(),
        model.descriptionSha256(), model.about().landscapeVersion(), model.about().corpus(),
        model.topics().topicCount(), model.themes().size(), model.topics().vocabularySize(), model.seed());
    AggregateManifest manifest = new AggregateManifest(new AggregateManifest.Origin("landscape",
        provenance.madeBy(), Versions.landscape(), provenance.command(), provenance.startedAt()), about,
        provenance.inputs(),
        new AggregateManifest.Counts(totals.assigned(), totals.unassignable(), totals.monthly().dated(),
            totals.monthly().undated(), provenance.skipped(), provenance.skipExamples()),
        RunSummaries.Trends.of(trends), provenance.timingsMs(), Versions.all(),
        new RunManifest.Written(outputs, files));
    RunJsonWriter.write(manifest, folder.dir().resolve(ReportFolder.MARKER));
    return manifest;
  }

  /** The charts of {@link AggregateCharts}. */
  private static List<Figure> figures(AssignmentTotals totals, List<Theme> themes, SavedModel model,
      TrendResult trends) {
    int n = totals.themes().size();
    double[] share = new double[n];
    long[] members = new long[n];
    for (int t = 0; t < n; t++) {
      share[t] = totals.share(t);
      members[t] = totals.members(t);
    }
    return AggregateCharts.figures(themes, share, members, supported(totals, model), trends, model.topics(),
        model.text().vocabulary(), model.themeOfTopic());
  }

  /**
   * Which themes may carry a bar, a title or a headline, as a run decides it ({@code ThemeResult.supported}): a
   * named theme when it was learned, or when the model's corpus was too small to learn themes from; any other
   * theme when it has papers.
   */
  static boolean[] supported(AssignmentTotals totals, SavedModel model) {
    ThemeRule learning = model.learning();
    int named = learning == null ? 0 : learning.specs().size();
    // The papers the themes were learned from; unknown (0) in older models, taken as a corpus large enough.
    int trainedOn = model.about().training().papers();
    boolean[] supported = new boolean[totals.themes().size()];
    for (int t = 0; t < supported.length; t++) {
      supported[t] = t >= named ? totals.members(t) > 0 : ThemeResult.headlined(ThemeResult.support(
          totals.members(t), learning.learned()[t], trainedOn > 0 ? trainedOn : Long.MAX_VALUE));
    }
    return supported;
  }

}
