package dev.landscape.cli;

import dev.landscape.progress.Counts;
import dev.landscape.aggregate.AssignmentFiles;
import dev.landscape.aggregate.PlacementFact;
import dev.landscape.aggregate.AssignmentTotals;
import dev.landscape.aggregate.Aggregation;
import dev.landscape.aggregate.ThemeTermFiles;
import dev.landscape.inference.PaperPlacer;
import dev.landscape.themes.MemberTerms;
import dev.landscape.model.ModelFiles;
import dev.landscape.model.SavedModel;
import dev.landscape.output.AggregateManifest;
import dev.landscape.output.CsvCells;
import dev.landscape.output.ReportFolder;
import dev.landscape.output.RunSummaries;
import dev.landscape.cli.options.PeriodOption;
import dev.landscape.cli.options.RawCsvOption;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code landscape aggregate}: the tables of one landscape from the assignment tables of many {@code landscape
 * infer} runs (one per shard, from any batch scheduler) on the same model, without Spark.
 */
@Command(
    name = "aggregate",
    mixinStandardHelpOptions = true,
    versionProvider = LandscapeCommand.VersionProvider.class,
    description = {"Aggregate the tables 'landscape infer' wrote, one per shard of a corpus too large for one run, "
        + "into one landscape: themes.csv (each theme's member and primary papers, share, top terms and "
        + "representative papers), trends.csv and theme-trends.csv (each theme's share of each period), the charts, "
        + "report.html, report.md, landscape.pptx and run.json. Rows stream through; nothing per paper is held. The "
        + "shards must not share papers."},
    footer = ExitCodes.HELP,
    showDefaultValues = true)
final class AggregateCommand implements Callable<Integer> {
  @ParentCommand
  LandscapeCommand root;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-a", "--assignments"}, paramLabel = "FILE|DIR", required = true, arity = "1..*",
      description = "Tables written by 'landscape infer' on the model, or folders of them (their .csv files).")
  List<Path> assignments;

  @Option(names = "--doc-topics", paramLabel = "FILE|DIR", arity = "1..*",
      description = "The tables 'landscape infer --doc-topics' wrote beside them, in the same order (a folder: its "
          + ".csv files by name), for the topics' trends too (topic-trends.csv and the topic rows of trends.csv).")
  List<Path> docTopics;

  @Option(names = "--theme-terms", paramLabel = "FILE|DIR", arity = "1..*",
      description = "The tables 'landscape infer --theme-terms' wrote for the same papers (a folder: its .csv files), "
          + "summed for the named themes' top terms and term charts, ranked as a run ranks them.")
  List<Path> themeTerms;

  @Option(names = {"-m", "--model"}, paramLabel = "DIR", defaultValue = "reports/model",
      description = "The model every table was placed on: a report folder or its model/ folder.")
  Path model;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "aggregated",
      description = "The folder to write (replaced only when aggregation succeeds, as 'landscape run' replaces "
          + "its report).")
  Path out;

  @CommandLine.Mixin
  PeriodOption period;

  @CommandLine.Mixin
  RawCsvOption rawCsv;

  @Override
  public Integer call() {
    String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    long start = System.nanoTime();
    ReportFolder.recoverInterrupted(model);
    Path modelDir = ModelFiles.locate(model);
    SavedModel saved = ModelFiles.read(modelDir);
    List<Path> files = AssignmentFiles.expand(assignments);
    List<java.util.Optional<com.fasterxml.jackson.databind.JsonNode>> provenance = AssignmentFiles.provenance(files);
    for (int i = 0; i < files.size(); i++) {
      AssignmentFiles.requirePlacedOn(files.get(i), provenance.get(i), saved.descriptionSha256());
    }
    List<Path> distributions = docTopics == null ? null : AssignmentFiles.expand(docTopics);
    if (distributions != null && distributions.size() != files.size()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--doc-topics names " + distributions.size()
          + " table" + (distributions.size() == 1 ? "" : "s") + " for " + files.size() + " assignment table"
          + (files.size() == 1 ? "" : "s") + "; give one for each, in the same order");
    }
    Map<String, Path> inputs = new LinkedHashMap<>();
    inputs.put("--model", modelDir);
    for (int i = 0; i < files.size(); i++) {
      inputs.put("--assignments " + files.get(i), files.get(i));
      if (distributions != null) {
        inputs.put("--doc-topics " + distributions.get(i), distributions.get(i));
      }
    }
    List<Path> termFiles = themeTerms == null ? List.of() : AssignmentFiles.expand(themeTerms);
    termFiles.forEach(file -> inputs.put("--theme-terms " + file, file));
    AssignmentTotals totals = new AssignmentTotals(saved, distributions != null);
    MemberTerms terms = themeTerms == null ? null : PaperPlacer.termCounts(saved);
    List<AggregateManifest.Input> read = new ArrayList<>();
    AggregateManifest manifest;
    try (ReportFolder folder = ReportFolder.create(out, inputs)) {
      read.addAll(AssignmentFiles.readAll(files, distributions, totals));
      for (Path file : termFiles) {
        read.add(ThemeTermFiles.read(file, saved, terms));
      }
      if (terms != null) {
        ThemeTermFiles.requireSamePapers(terms, totals, termFiles.size());
      }
      long readMillis = (System.nanoTime() - start) / 1_000_000;
      Map<String, Long> timings = new LinkedHashMap<>();
      timings.put("read", readMillis);
      manifest = Aggregation.write(totals, terms, saved, period.trends(), CsvCells.of(rawCsv.raw()), folder,
          new Aggregation.Provenance("landscape aggregate", LandscapeCommand.given(spec), startedAt,
              model.toString(), Aggregation.Read.tables(read), timings, PlacementFact.of(provenance)));
      folder.commit();
    }
    if (!root.quiet) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf(Locale.ROOT, "Aggregated %s in %s: %s (%s unassignable)%n",
          Counts.of(read.subList(0, files.size()).stream().mapToLong(AggregateManifest.Input::rows).sum(), "row"),
          Counts.of(files.size(), "file"), Counts.of(totals.assigned(), "paper"), Counts.of(totals.unassignable(),
              "paper"));
      RunSummaries.Span span = manifest.trends().span();
      stdout.printf(Locale.ROOT, "Trends: %s%n", span != null
          ? Counts.of(span.periods(), span.period()) + ", " + span.firstPeriod() + " to " + span.lastPeriod()
          : "cannot tell (" + manifest.trends().skippedBecause() + ")");
      stdout.printf(Locale.ROOT, "Wrote %s: %s%n", out, String.join(", ", manifest.written().outputs()));
      stdout.flush();
    }
    return ExitCodes.OK;
  }
}
