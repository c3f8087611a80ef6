package dev.landscape.aggregate;

import dev.landscape.model.SavedModel;
import dev.landscape.themes.Theme;
import dev.landscape.output.charts.Figure;
import dev.landscape.output.charts.LandscapeCharts;
import dev.landscape.output.report.AggregateReport;
import dev.landscape.output.report.ReportData;
import dev.landscape.trends.TrendResult;
import dev.landscape.trends.TrendStory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The report of an aggregated landscape, every sentence built from the totals it states. */
final class AggregateReports {
  private AggregateReports() {}

  /**
   * The report of {@code totals}; {@code themes} as {@link DescribedThemes} describes them, {@code counted} when the
   * words of the named themes' member papers were counted (their terms and term charts).
   */
  static AggregateReport of(AssignmentTotals totals, SavedModel model, List<Theme> themes, TrendResult trends,
      List<Figure> figures,
      boolean[] supported, boolean counted, Aggregation.Provenance provenance) {
    int n = totals.themes().size();
    List<Integer> order = IntStream.range(0, n).boxed()
        .sorted(Comparator.comparingDouble((Integer t) -> -totals.share(t)).thenComparingInt(t -> t)).toList();
    String headline = order.stream().filter(t -> supported[t]).findFirst()
        .map(t -> String.format(Locale.ROOT, "%s is the largest theme: %,d of the %,d papers placed (%.1f%%) belong "
            + "to it.", totals.themes().get(t), totals.members(t), totals.assigned(), 100 * totals.share(t)))
        .orElse(String.format(Locale.ROOT, "No theme has papers enough to name the largest (%,d papers placed).",
            totals.assigned()));
    List<AggregateReport.ThemeRow> rows = new ArrayList<>();
    for (int t : order) {
      rows.add(AggregateReport.ThemeRow.of(totals.themes().get(t), themes.get(t).kind().key(), totals.members(t),
          totals.primary(t), totals.share(t), themes.get(t).topTerms().stream().limit(5).toList(),
          totals.strongest(t).stream().map(StrongestPapers.Paper::id).toList()));
    }
    List<AggregateReport.TrendRow> trendRows = new ArrayList<>();
    if (trends.available()) {
      trends.themes().stream().sorted(Comparator.comparingInt(s -> order.indexOf(s.id()))).forEach(s ->
          trendRows.add(AggregateReport.TrendRow.of(s.name(), s.fit().firstShare(), s.fit().lastShare(),
              s.fit().verdict().words())));
    }
    // The landscape's charts in the report and the deck; each theme's and topic's term chart is in charts/ (see
    // charts/index.csv), as in a run's report.
    List<AggregateReport.Chart> charts = figures.stream().filter(f -> !f.name().startsWith("terms-")
            || f.name().equals("terms-overview"))
        .map(f -> new AggregateReport.Chart(LandscapeCharts.DIR + "/" + f.name() + ".png", f.title())).toList();
    List<String> limits = new ArrayList<>();
    limits.add("The papers themselves are not gathered here: this report has no topic table and no paper explorer. "
        + "The distance map and the topic similarity heatmap are drawn from the model's counts, as a run draws them; "
        + "each topic's term chart, from the same counts, is in charts/ (listed in charts/index.csv); each paper's "
        + "themes, two strongest topics and (from the Spark job) theme weights and topic distribution are in the "
        + "per-paper tables.");
    if (!counted) {
      limits.add("The named themes' top terms and term charts rank the words of their member papers, which were not "
          + "counted (give the --theme-terms tables of landscape infer for them); automatic themes' terms come from "
          + "their topics.");
    }
    if (totals.topics() == 0) {
      limits.add("Topic trends are not computed: a row names a paper's two strongest topics, not its distribution "
          + "(give the --doc-topics tables of landscape infer for them).");
    }
    long unsupported = IntStream.range(0, n).filter(t -> !supported[t] && totals.members(t) > 0).count();
    if (unsupported > 0) {
      limits.add(String.format(Locale.ROOT, "%d named theme%s with papers %s not headlined or charted: too few of "
          + "the model's training papers carried %s seeds to learn %s.", unsupported, unsupported == 1 ? "" : "s",
          unsupported == 1 ? "is" : "are", unsupported == 1 ? "its" : "their", unsupported == 1 ? "it" : "them"));
    }
    if (provenance.madeBy().equals("landscape aggregate")) {
      limits.add("The tables were assumed to hold different papers: a paper in two of them is counted twice.");
    }
    List<ReportData.Fact> facts = new ArrayList<>();
    facts.add(new ReportData.Fact("Made by", provenance.madeBy() + " " + dev.landscape.output.Versions.landscape()
        + ", from " + provenance.inputs().size() + " input file" + (provenance.inputs().size() == 1 ? "" : "s")
        + ": " + provenance.inputs().stream().limit(5).map(i -> i.path()).collect(Collectors.joining(", "))
        + (provenance.inputs().size() > 5 ? ", ..." : "")));
    facts.add(new ReportData.Fact("Papers", String.format(Locale.ROOT, "%,d placed on the model, %,d unassignable "
        + "(no word the model knows); %,d dated, %,d undated", totals.assigned(), totals.unassignable(),
        totals.monthly().dated(), totals.monthly().undated())));
    long skipped = provenance.skipped().entrySet().stream()
        .filter(e -> dev.landscape.corpus.RecordFault.drops(e.getKey()))
        .mapToLong(java.util.Map.Entry::getValue).sum();
    if (!provenance.skipped().isEmpty()) {
      facts.add(new ReportData.Fact("Records skipped", String.format(Locale.ROOT, "%,d (%s)", skipped,
          provenance.skipped().entrySet().stream().filter(e -> e.getValue() > 0)
              .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))));
    }
    int trainedOn = model.about().training().papers();
    facts.add(new ReportData.Fact("Model", String.format(Locale.ROOT, "%d topics, %d themes, trained on %s of %s "
        + "(SHA-256 of model.json %s)", model.topics().topicCount(), model.themes().size(),
        trainedOn > 0 ? String.format(Locale.ROOT, "%,d papers", trainedOn) : "the papers",
        model.about().corpus().file(), model.descriptionSha256())));
    facts.add(new ReportData.Fact("Placement", provenance.placement()));
    facts.add(new ReportData.Fact("Started", provenance.startedAt()));
    facts.add(new ReportData.Fact("Command", String.join(" ", provenance.command())));
    return new AggregateReport(String.format(Locale.ROOT, "Research landscape of %,d papers", totals.assigned()),
        headline, TrendStory.finding(trends), rows, trendRows, charts, facts, limits);
  }
}
