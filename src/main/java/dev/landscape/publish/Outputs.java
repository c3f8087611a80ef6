package dev.landscape.publish;

import dev.landscape.concurrent.Futures;
import dev.landscape.corpus.Abstracts;
import dev.landscape.corpus.ReadStats;
import dev.landscape.model.ModelFiles;
import dev.landscape.model.ModelProvenance;
import dev.landscape.model.SavedModel;
import dev.landscape.model.TrainingState;
import dev.landscape.model.TrainingStateFiles;
import dev.landscape.output.CsvCells;
import dev.landscape.output.CsvTables;
import dev.landscape.output.ReportFolder;
import dev.landscape.output.SeedsTable;
import dev.landscape.output.Tables;
import dev.landscape.output.RunJsonWriter;
import dev.landscape.output.RunManifest;
import dev.landscape.output.SweepTable;
import dev.landscape.output.ThemeCategoriesTable;
import dev.landscape.output.ThemesTable;
import dev.landscape.output.TrainingPapers;
import dev.landscape.output.TrendTables;
import dev.landscape.output.Versions;
import dev.landscape.output.VocabularyTable;
import dev.landscape.output.Workbook;
import dev.landscape.output.charts.ChartIndex;
import dev.landscape.output.charts.Figure;
import dev.landscape.output.charts.LandscapeCharts;
import dev.landscape.output.explorer.Explorer;
import dev.landscape.output.report.HtmlPage;
import dev.landscape.output.report.ReportBuilder;
import dev.landscape.output.report.ReportData;
import dev.landscape.output.report.ReportWriter;
import dev.landscape.output.report.SlideDeck;
import dev.landscape.progress.Progress;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.themes.TopicClustering;
import dev.landscape.topics.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The one door to a report folder: tables, the saved model and training state, charts, report and deck, then
 * run.json, all from a run's {@link Findings}. A trained run and {@code landscape report --from} both come here, so
 * the same findings give the same files.
 */
public final class Outputs {
  /** Makes the run's provenance once the files are known. */
  @FunctionalInterface
  public interface Provenance {
    /**
     * @param outputs the report's files and folders, for people ({@code charts/})
     * @param files every file written, relative to the folder; empty for the draft the report shows
     */
    RunManifest of(List<String> outputs, List<String> files);
  }

  private final Findings found;
  private final OutputOptions options;
  private final ReportFolder folder;
  private final Progress progress;

  private Outputs(Findings found, OutputOptions options, ReportFolder folder, Progress progress) {
    this.found = found;
    this.options = options;
    this.folder = folder;
    this.progress = progress;
  }

  /** Writes every output of {@code found} into {@code folder} (not yet committed); returns the run.json written. */
  public static RunManifest write(Findings found, OutputOptions options, ReportFolder folder, Progress progress,
      StageClock clock, Provenance provenance) {
    Outputs outputs = new Outputs(found, options, folder, progress);
    OutputSelection selection = options.selection();
    List<String> written = new ArrayList<>();
    // The tables take both cores (the CSVs on this thread, the workbook on its own); the charts, drawn on both
    // too, then overlap only the saving of the model, which is mostly writing files. (Drawn beside the tables,
    // the two stages only took turns on the cores.)
    if (selection.has(OutputSelection.Output.CSV) || selection.has(OutputSelection.Output.XLSX)) {
      written.addAll(clock.time("write_tables", outputs::tables));
    }
    java.util.concurrent.ExecutorService side = dev.landscape.concurrent.Futures.pool(1, "charts");
    try {
      java.util.concurrent.Future<Drawn> charts = selection.has(OutputSelection.Output.CHARTS)
          ? side.submit(() -> clock.time("charts", outputs::charts)) : null;
      if (selection.has(OutputSelection.Output.MODEL)) {
        written.addAll(clock.time("save_model", outputs::model));
      }
      if (charts != null) {
        Drawn drawn = dev.landscape.concurrent.Futures.await(charts, "drawing the charts");
        written.add(LandscapeCharts.DIR + "/");
        if (selection.has(OutputSelection.Output.REPORT) || selection.has(OutputSelection.Output.DECK)) {
          // The report shows the provenance so far; run.json, written last, also times the report itself.
          RunManifest draft = provenance.of(written, List.of());
          written.addAll(clock.time("report", () -> outputs.report(draft, drawn)));
        }
      }
    } finally {
      side.shutdownNow();
    }
    written.add(ReportFolder.MARKER);
    List<String> files = new ArrayList<>(folder.written());
    files.add(ReportFolder.MARKER);
    files.sort(null);
    RunManifest manifest = provenance.of(written, files);
    RunJsonWriter.write(manifest, folder.dir().resolve(ReportFolder.MARKER));
    return manifest;
  }

  /**
   * The tables: each row written once, to its CSV (with {@code csv} among the outputs) and to its sheet of
   * landscape.xlsx (with {@code xlsx}).
   */
  private List<String> tables() {
    PreparedCorpus corpus = found.corpus();
    boolean byCategory = ThemeCategoriesTable.applies(corpus.papers());
    // The tables written: four of the model, themes (its seeds, and by category when papers have categories), three
    // of trends when there are trends, vocabulary, sweep.
    boolean seeds = !found.themes().diagnostics().seeds().isEmpty();
    int count = 4 + 1 + (seeds ? 1 : 0) + (byCategory ? 1 : 0) + (found.trends().available() ? 3 : 0) + 1
        + (found.sweep().isPresent() ? 1 : 0);
    try (Progress.Task task = progress.start("Writing", count, "tables");
        Tables tables = new Tables(folder.dir(), CsvCells.of(options.rawCsv()),
            options.selection().has(OutputSelection.Output.CSV),
            options.selection().has(OutputSelection.Output.XLSX))) {
      new CsvTables(corpus, found.model(), found.topics(), found.quality(), found.themes()).writeAll(tables);
      ThemesTable.write(found.themes(), corpus.papers(), tables);
      SeedsTable.write(found.themes(), tables);
      if (byCategory) {
        ThemeCategoriesTable.write(found.themes(), corpus.papers(), tables);
      }
      TrendTables.write(found.trends(), tables);
      VocabularyTable.write(corpus.report().vocabulary(), tables);
      found.sweep().ifPresent(sweep -> SweepTable.write(sweep, tables));
      tables.close();
      task.stepTo(count);
      return tables.written();
    }
  }

  /** The durable model, model/, for {@code landscape infer}, and state/, for {@code landscape report --from}. */
  private List<String> model() {
    PreparedCorpus corpus = found.corpus();
    ReadStats read = corpus.readStats();
    ModelProvenance about = new ModelProvenance(Versions.landscape(), Versions.all().get("mallet"),
        new ModelProvenance.Corpus(fileName(read.file()), read.sha256(), corpus.papers().size()),
        new ModelProvenance.Preparation(options.text().phrases(), options.text().phraseThreshold(),
            corpus.report().phraseMinCount(), corpus.report().minDocs(), corpus.report().maxDocs()),
        new ModelProvenance.Training(found.model().stats().iterations(), found.lda().alphaSum(),
            found.lda().optimizeInterval(), found.lda().optimizeBurnIn(), found.lda().threads(),
            found.trainedOn().map(sample -> sample.ids().size()).orElse(corpus.papers().size())));
    SavedModel saved = new SavedModel(corpus.textModel(), found.model(),
        found.topics().stream().map(Topic::label).toList(),
        new SavedModel.Themes(found.themes().themes().stream()
            .map(t -> new SavedModel.ThemeName(t.name(), t.kind(), t.parent())).toList(),
            found.themes().mapping().themeOfTopic(), found.themes().rule()), found.lda().seed(), about, "");
    try {
      ModelFiles.write(folder.dir().resolve(ModelFiles.DIR), saved);
      if (found.trainedOn().isPresent()) {
        // A model trained on a sample has no training state of the whole corpus: its papers were placed on it.
        TrainingPapers.write(folder.dir().resolve(ModelFiles.DIR).resolve(TrainingPapers.FILE), found.trainedOn().get(),
            CsvCells.of(options.rawCsv()));
        return List.of(ModelFiles.DIR + "/");
      }
      TrainingStateFiles.write(folder.dir().resolve(TrainingStateFiles.DIR), new TrainingState(found.model(),
          corpus.papers().stream().map(p -> p.id()).toList(), found.seededFor(), found.sweep().orElse(null),
          read.sha256(), options.text().seedPhrases()),
          ModelFiles.sha256(folder.dir().resolve(ModelFiles.DIR).resolve(ModelFiles.DESCRIPTION)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model: " + e.getMessage(), e);
    }
    return List.of(ModelFiles.DIR + "/", TrainingStateFiles.DIR + "/");
  }

  /**
   * What the charts stage drew, for the report: the charts' files, and the topics' Jensen-Shannon distances the
   * report's distance map places them by. The report takes it, so it cannot be made before the charts.
   */
  private record Drawn(ChartIndex charts, double[][] distance) {}

  private Drawn charts() {
    double[][] distance = TopicClustering.distances(found.model());
    List<Figure> figures = LandscapeCharts.figures(found.model(), found.corpus().vocabulary(), found.topics(),
        found.themes(), found.trends(), found.sweep(), distance);
    try (Progress.Task task = progress.start("Charts", figures.size(), "charts")) {
      ChartIndex drawn = LandscapeCharts.write(figures, folder.dir(), footer(), options.chartScale(),
          options.threads(), options.selection().chartFormats());
      task.stepTo(figures.size());
      return new Drawn(drawn, distance);
    }
  }

  private List<String> report(RunManifest manifest, Drawn drawn) {
    PreparedCorpus corpus = found.corpus();
    try (Progress.Task task = progress.start("Report", 3, "files")) {
      Explorer explorer = new Explorer(found.model(), corpus.vocabulary(), found.topics(), found.themes(),
          corpus.papers(), Explorer.PAPER_CAP);
      // One more pass over the corpus for every abstract the report and the explorer show.
      Set<String> wanted = new HashSet<>(ReportBuilder.representativeIds(found.themes(), corpus.papers()));
      wanted.addAll(explorer.wanted());
      Map<String, String> abstracts = Abstracts.of(options.corpus(), wanted, corpus.readStats().sha256());
      ReportData data = new ReportBuilder(manifest, corpus.papers(), found.topics(), found.quality(), found.themes(),
          found.trends(), abstracts, drawn.charts()).build();
      HtmlPage page = HtmlPage.of(explorer.build(found.topics().size() >= 3
              ? LandscapeCharts.mapCoordinates(drawn.distance()) : new double[0][],
          LandscapeCharts.colors(found.themes()), abstracts));
      // The files side by side; the deck, the slowest, first.
      List<Callable<String>> files = new ArrayList<>();
      if (options.selection().has(OutputSelection.Output.DECK)) {
        files.add(() -> SlideDeck.write(data, folder.dir()));
      }
      if (options.selection().has(OutputSelection.Output.REPORT)) {
        files.add(() -> ReportWriter.html(data, page, folder.dir()));
        files.add(() -> ReportWriter.markdown(data, folder.dir()));
      }
      List<String> written = new ArrayList<>(Futures.all(files, options.threads(), "report",
          "writing the report"));
      task.stepTo(3);
      // As the index lists them: report.html, report.md, then the deck.
      if (options.selection().has(OutputSelection.Output.DECK)) {
        written.add(written.remove(0));
      }
      return written;
    }
  }

  /** The line along the bottom of every chart: corpus, papers, dates, model settings. */
  private String footer() {
    java.util.IntSummaryStatistics months = found.corpus().papers().stream().filter(p -> p.date() != null)
        .mapToInt(p -> p.date().getYear() * 12 + p.date().getMonthValue() - 1).summaryStatistics();
    String dates = months.getCount() == 0 ? "undated"
        : String.format(Locale.ROOT, "%d-%02d to %d-%02d", months.getMin() / 12, months.getMin() % 12 + 1,
            months.getMax() / 12, months.getMax() % 12 + 1);
    return String.format(Locale.ROOT, "%s · %,d papers · %s · LDA (MALLET) K=%d, %d iterations, seed %d"
            + " · landscape %s",
        dev.landscape.io.ControlCharacters.visible(fileName(found.corpus().readStats().file())),
        found.corpus().papers().size(), dates,
        found.lda().topics(), found.model().stats().iterations(), found.lda().seed(), Versions.landscape());
  }

  /** The last part of a file's name as the user gave it (a path or a URI). */
  private static String fileName(String file) {
    String name = file.endsWith("/") ? file.substring(0, file.length() - 1) : file;
    return name.substring(name.lastIndexOf('/') + 1);
  }
}
