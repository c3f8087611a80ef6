package dev.landscape.pipeline;

import dev.landscape.selection.TopicRange;
import dev.landscape.selection.TopicSweep;

import dev.landscape.concurrent.Futures;
import dev.landscape.corpus.Abstracts;
import dev.landscape.io.InputException;
import dev.landscape.corpus.PaperStream;
import dev.landscape.corpus.ReadStats;
import dev.landscape.model.ModelFiles;
import dev.landscape.model.SavedModel;
import dev.landscape.output.CsvCells;
import dev.landscape.output.CsvTables;
import dev.landscape.output.ReportFolder;
import dev.landscape.output.RunJsonWriter;
import dev.landscape.output.RunManifest;
import dev.landscape.output.RunParameters;
import dev.landscape.output.RunSummaries;
import dev.landscape.output.SweepTable;
import dev.landscape.output.ThemesTable;
import dev.landscape.output.TrendTables;
import dev.landscape.output.VocabularyTable;
import dev.landscape.output.charts.Figure;
import dev.landscape.output.charts.LandscapeCharts;
import dev.landscape.output.report.ReportBuilder;
import dev.landscape.output.report.ReportData;
import dev.landscape.output.report.ReportWriter;
import dev.landscape.output.report.SlideDeck;
import dev.landscape.progress.Progress;
import dev.landscape.quality.QualityReport;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextPreparer;
import dev.landscape.text.TextReport;
import dev.landscape.text.PaperScans;
import dev.landscape.themes.PaperThemes;
import dev.landscape.themes.SeedEvidence;
import dev.landscape.themes.SeedMatcher;
import dev.landscape.themes.SeedIndex;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeMapper;
import dev.landscape.themes.ThemeResult;
import dev.landscape.topics.LdaParams;
import dev.landscape.topics.MalletTopicTrainer;
import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicDescriber;
import dev.landscape.topics.TopicModel;
import dev.landscape.topics.TopicSeeding;
import dev.landscape.trends.TrendResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** One run, from corpus file to report folder, as a list of stage calls. */
public final class Pipeline {
  /** Words kept per topic in topics.csv. */
  static final int TOP_WORDS = 20;

  private final Progress progress;

  public Pipeline(Progress progress) {
    this.progress = progress;
  }

  public RunResult run(RunConfig config) {
    String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    StageClock clock = new StageClock();
    try (ReportFolder folder = ReportFolder.create(config.out(), config.inputFiles())) {
      PreparedCorpus corpus = clock.time("read_and_prepare", () -> prepare(config));
      requireUsable(corpus);
      SeedIndex seeds = config.themes().named() ? SeedIndex.build(config.themes().themes(), corpus.vocabulary()) : null;
      TopicSweep.Result sweep = clock.time("sweep",
          () -> sweep(config, corpus, seeds == null ? 0 : seeds.presentThemes().length));
      LdaParams lda = modelSettings(config, corpus, sweep, seeds);
      TopicSeeding seeding = seeds == null ? TopicSeeding.NONE
          : seeds.seeding(lda.topics(), config.themes().seedConfidence());
      TopicModel model = clock.time("train", () -> new MalletTopicTrainer(lda, seeding).train(corpus, progress));
      List<Topic> topics = clock.time("describe", () -> TopicDescriber.describe(model, corpus.vocabulary(), TOP_WORDS));
      QualityReport quality = clock.time("quality", () -> QualityReport.assess(model, corpus, topics));
      ThemeResult themes = clock.time("themes",
          () -> ThemeResult.of(model, corpus, quality, seeds,
              seeding.isActive() ? seeds.seededThemes(lda.topics()) : null, lda.threads()));
      TrendResult trends = clock.time("trends", () -> Trends.of(corpus, model, topics, themes, config.trends()));
      List<String> outputs = clock.time("write_tables",
          () -> writeTables(config, folder, corpus, model, topics, quality, themes, trends, sweep));
      outputs.add(clock.time("save_model", () -> saveModel(config, folder, corpus, lda, model, topics, themes)));
      outputs.add(clock.time("charts", () -> charts(config, folder, corpus, lda, model, topics, themes, trends, sweep)));
      // The report shows the provenance so far; run.json, written last, also times the report itself.
      RunManifest draft = manifest(config, startedAt, corpus, lda, model, quality, themes, trends, sweep, clock,
          outputs, List.of());
      outputs.addAll(clock.time("report", () -> report(config, folder, corpus, topics, quality, themes, trends, draft)));
      outputs.add(ReportFolder.MARKER);
      List<String> files = new ArrayList<>(folder.written());
      files.add(ReportFolder.MARKER);
      files.sort(null);
      RunManifest manifest =
          manifest(config, startedAt, corpus, lda, model, quality, themes, trends, sweep, clock, outputs, files);
      RunJsonWriter.write(manifest, folder.dir().resolve(ReportFolder.MARKER));
      folder.commit();
      return new RunResult(folder.target(), manifest);
    }
  }

  /** The sweep over K when one was asked for, else null. */
  private TopicSweep.Result sweep(RunConfig config, PreparedCorpus corpus, int namedThemes) {
    TopicRange range = config.sweepFor(corpus.papers().size(), namedThemes);
    return range == null ? null : new TopicSweep(progress).run(corpus, config.lda(), range,
        config.sweepIterationsFor(), config.sweepSample());
  }

  private List<String> writeTables(RunConfig config, ReportFolder folder, PreparedCorpus corpus, TopicModel model, List<Topic> topics,
      QualityReport quality, ThemeResult themes, TrendResult trends, TopicSweep.Result sweep) {
    try (Progress.Task task = progress.start("Writing", 1, "tables")) {
      CsvCells cells = CsvCells.of(config.rawCsv());
      List<String> written =
          new ArrayList<>(new CsvTables(corpus, model, topics, quality, themes, cells).writeAll(folder.dir()));
      written.add(ThemesTable.write(themes, corpus.papers(), folder.dir(), cells));
      written.addAll(TrendTables.write(trends, folder.dir(), cells));
      written.add(VocabularyTable.write(corpus.report().vocabulary(), folder.dir(), cells));
      if (sweep != null) {
        written.add(SweepTable.write(sweep, folder.dir()));
      }
      task.stepTo(1);
      return written;
    }
  }

  /** The durable model, model/, for {@code landscape infer}. */
  private static String saveModel(RunConfig config, ReportFolder folder, PreparedCorpus corpus, LdaParams lda, TopicModel model,
      List<Topic> topics, ThemeResult themes) {
    SavedModel saved = new SavedModel(corpus.textModel(), model, topics.stream().map(Topic::label).toList(),
        themes.themes().stream().map(t -> new SavedModel.ThemeName(t.name(), t.kind().key())).toList(),
        themes.mapping().themeOfTopic(), lda.seed(), Map.of(), "", themes.learning());
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("landscape_version", Versions.landscape());
    about.put("mallet_version", Versions.all().get("mallet"));
    ReadStats read = corpus.readStats();
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("file", read.file());
    source.put("sha256", read.sha256());
    source.put("papers", corpus.papers().size());
    about.put("corpus", source);
    TextReport text = corpus.report();
    Map<String, Object> preparation = new LinkedHashMap<>();
    preparation.put("phrases", config.text().phrases());
    preparation.put("phrase_threshold", config.text().phraseThreshold());
    preparation.put("phrase_min_count", text.phraseMinCount());
    preparation.put("min_docs", text.minDocs());
    preparation.put("max_docs", text.maxDocs());
    about.put("preparation", preparation);
    Map<String, Object> training = new LinkedHashMap<>();
    training.put("iterations", model.stats().iterations());
    training.put("alpha_sum", lda.alphaSum());
    training.put("optimize_interval", lda.optimizeInterval());
    training.put("optimize_burn_in", lda.optimizeBurnIn());
    training.put("threads", lda.threads());
    about.put("training", training);
    try {
      ModelFiles.write(folder.dir().resolve(ModelFiles.DIR), saved, about);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + ModelFiles.DIR + "/: " + e.getMessage(), e);
    }
    return ModelFiles.DIR + "/";
  }

  private String charts(RunConfig config, ReportFolder folder, PreparedCorpus corpus, LdaParams lda, TopicModel model,
      List<Topic> topics, ThemeResult themes, TrendResult trends, TopicSweep.Result sweep) {
    List<Figure> figures = LandscapeCharts.figures(model, corpus.vocabulary(), topics, themes, trends, sweep);
    try (Progress.Task task = progress.start("Charts", figures.size(), "charts")) {
      String dir = LandscapeCharts.write(figures, folder.dir(), footer(config, corpus, lda, model), config.chartScale(),
          lda.threads());
      task.stepTo(figures.size());
      return dir;
    }
  }

  private List<String> report(RunConfig config, ReportFolder folder, PreparedCorpus corpus, List<Topic> topics,
      QualityReport quality, ThemeResult themes, TrendResult trends, RunManifest manifest) {
    try (Progress.Task task = progress.start("Report", 3, "files")) {
      Map<String, String> abstracts = Abstracts.of(config.input(), config.read(),
          ReportBuilder.representativeIds(themes, corpus.papers()), corpus.readStats().sha256());
      ReportData data = new ReportBuilder(manifest, corpus.papers(), topics, quality, themes, trends, abstracts,
          folder.dir().resolve(LandscapeCharts.DIR)).build();
      // The three files side by side; the deck, the slowest, first.
      List<String> written = Futures.all(List.<Callable<String>>of(() -> SlideDeck.write(data, folder.dir()),
          () -> ReportWriter.html(data, folder.dir()), () -> ReportWriter.markdown(data, folder.dir())),
          config.lda().threads(), "report", "writing the report");
      task.stepTo(3);
      return List.of(written.get(1), written.get(2), written.get(0));
    }
  }

  /** The line along the bottom of every chart: corpus, papers, dates, model settings. */
  private static String footer(RunConfig config, PreparedCorpus corpus, LdaParams lda, TopicModel model) {
    java.util.IntSummaryStatistics months = corpus.papers().stream().filter(p -> p.date() != null)
        .mapToInt(p -> p.date().getYear() * 12 + p.date().getMonthValue() - 1).summaryStatistics();
    String dates = months.getCount() == 0 ? "undated"
        : String.format(java.util.Locale.ROOT, "%d-%02d to %d-%02d", months.getMin() / 12, months.getMin() % 12 + 1,
            months.getMax() / 12, months.getMax() % 12 + 1);
    return String.format(java.util.Locale.ROOT, "%s · %,d papers · %s · LDA (MALLET) K=%d, %d iterations, seed %d"
            + " · landscape %s", config.input().getFileName(), corpus.papers().size(), dates, lda.topics(),
        model.stats().iterations(), lda.seed(), Versions.landscape());
  }

  private PreparedCorpus prepare(RunConfig config) {
    try (PaperStream papers = PaperStream.open(config.input(), config.read())) {
      // The seeds are counted in each paper's own words as it is read: stopwords and pruning could hide them later.
      return new TextPreparer(config.text()).prepare(papers, progress, config.themes().named()
          ? SeedEvidence.scanner(new SeedMatcher(config.themes().themes())) : PaperScans.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses a corpus with nothing to model. */
  private static void requireUsable(PreparedCorpus corpus) {
    ReadStats read = corpus.readStats();
    if (corpus.papers().isEmpty()) {
      throw new InputException(read.file() + ": no usable papers (" + read.records() + " records, "
          + read.dropped() + " skipped, " + corpus.emptyPapers().size() + " with no words left after preprocessing)");
    }
  }

  /** The model settings for this corpus; refuses a corpus too small for the topics asked for. */
  private static LdaParams modelSettings(RunConfig config, PreparedCorpus corpus, TopicSweep.Result sweep,
      SeedIndex seeds) {
    ReadStats read = corpus.readStats();
    int papers = corpus.papers().size();
    int named = seeds == null ? 0 : seeds.presentThemes().length;
    int topics = sweep != null ? sweep.chosen() : config.topicsFor(papers, named);
    if (topics > papers && config.topics() == RunConfig.SCALED_TOPICS) {
      topics = Math.max(2, papers); // themes asked for more topics than a tiny corpus has papers
    }
    if (papers < topics) {
      throw new InputException(read.file() + ": " + papers + " usable papers is fewer than the " + topics
          + " topics asked for; lower --topics");
    }
    return config.lda().withTopics(topics);
  }

  private static RunManifest manifest(RunConfig config, String startedAt, PreparedCorpus corpus, LdaParams lda,
      TopicModel model, QualityReport quality, ThemeResult themes, TrendResult trends, TopicSweep.Result sweep,
      StageClock clock, List<String> outputs, List<String> files) {
    ReadStats read = corpus.readStats();
    RunManifest.Counts counts = new RunManifest.Counts(read.records(), read.accepted(), read.faults(),
        read.examples(), read.datedFromId(), read.undated(), corpus.emptyPapers().size(), corpus.papers().size(),
        corpus.tokens().tokenCount(), corpus.vocabulary().size(), corpus.report().rawTokens(),
        corpus.report().gluedSplit(), corpus.report().phrases());
    TopicModel.TrainingStats stats = model.stats();
    Map<String, Long> timings = new LinkedHashMap<>();
    corpus.report().millis().forEach((step, ms) -> timings.put("prepare_" + step, ms));
    timings.putAll(clock.snapshot());
    return new RunManifest("landscape", Versions.landscape(), config.command(), startedAt,
        RunManifest.Input.of(read), counts, parameters(config, lda, model, corpus.report(), themes, sweep),
        Versions.all(),
        timings,
        new RunManifest.Results(lda.topics(), stats.logLikelihoodPerToken(), stats.tokensPerSecond(),
            quality.meanCoherence().npmi(), quality.meanCoherence().uMass(), quality.meanCoherence().uci(),
            quality.meanCoherence().cv(), quality.diversity(),
            quality.topics().stream().filter(q -> !q.flags().isEmpty()).count(), themeSummary(themes, trends),
            Trends.summary(trends)), outputs, files);
  }

  /** Per theme, for run.json: name, kind, topics, members, papers, share, support, trend, unused seeds. */
  private static List<RunSummaries.Theme> themeSummary(ThemeResult themes, TrendResult trends) {
    List<RunSummaries.Theme> list = new ArrayList<>();
    for (Theme theme : themes.themes()) {
      boolean named = theme.kind() == Theme.Kind.NAMED;
      list.add(new RunSummaries.Theme(theme.name(), theme.kind().key(), theme.topics(),
          themes.papers().members(theme.id()), themes.papers().papers(theme.id()),
          Math.round(themes.papers().share(theme.id()) * 10_000) / 10_000.0,
          named ? themes.support(theme.id()).key() : null,
          trends.available() ? trends.themes().get(theme.id()).fit().verdict().key() : null,
          named ? theme.missingSeeds() : null));
    }
    return list;
  }

  private static RunParameters parameters(RunConfig config, LdaParams lda, TopicModel model, TextReport report,
      ThemeResult themes, TopicSweep.Result sweep) {
    String rule = sweep != null
        ? "sweep over K = " + sweep.candidates().stream().map(c -> Integer.toString(c.topics()))
            .collect(java.util.stream.Collectors.joining(", ")) + ": " + sweep.explanation()
        : config.topics() == RunConfig.SCALED_TOPICS
            ? "scaled: round(sqrt(papers)) within 2.." + RunConfig.MAX_SCALED_TOPICS : "fixed";
    boolean auto = lda.untilConverged();
    return new RunParameters(lda.topics(), rule,
        sweep == null ? null : sweep.iterations(), sweep == null ? null : TopicSweep.SEEDS,
        sweep == null ? null : sweep.trainingPapers(), sweep == null ? null : sweep.heldOutPapers(),
        new RunParameters.Iterations(auto, lda.iterations()), auto ? lda.iterations() : null,
        auto ? model.stats().iterations() : null, auto ? model.stats().stopped() : null,
        lda.alphaSum(), lda.beta(), lda.optimizeInterval(), lda.optimizeBurnIn(), lda.threads(), lda.seed(),
        config.read().format().key(), config.read().policy().name().toLowerCase(java.util.Locale.ROOT),
        config.read().columns(),
        "english (MALLET 2.1.1) + academic"
            + (config.text().extraStopwords() != null ? " + " + config.text().extraStopwords() : ""),
        config.text().keepWords() == null ? null : config.text().keepWords().toString(), config.text().phrases(),
        report.phraseMinCount(), config.text().phraseThreshold(), report.minDocs(), report.maxDocs(), TOP_WORDS,
        config.themes().source(), config.themes().named() ? config.themes().seedConfidence() : null,
        themes.seeds() == null ? 0 : Math.min(themes.seeds().presentThemes().length, lda.topics() - 1),
        ThemeMapper.MIN_SEED_MASS, ThemeMapper.MIN_LIFT, ThemeMapper.MERGE_FRACTION, PaperThemes.MIXED_MARGIN,
        config.trends().granularity() == null ? "auto" : config.trends().granularity().key(), config.chartScale(),
        config.rawCsv());
  }

}
