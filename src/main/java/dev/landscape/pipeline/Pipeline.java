package dev.landscape.pipeline;

import dev.landscape.corpus.CorpusSource;
import dev.landscape.corpus.ReadStats;
import dev.landscape.io.InputException;
import dev.landscape.model.ModelFiles;
import dev.landscape.model.SavedModel;
import dev.landscape.model.StateCorpus;
import dev.landscape.model.TrainingState;
import dev.landscape.model.TrainingStateFiles;
import dev.landscape.output.ReportFolder;
import dev.landscape.output.RunManifest;
import dev.landscape.progress.Progress;
import dev.landscape.publish.Findings;
import dev.landscape.publish.OutputOptions;
import dev.landscape.publish.OutputSelection;
import dev.landscape.publish.Outputs;
import dev.landscape.publish.StageClock;
import dev.landscape.quality.QualityReport;
import dev.landscape.sample.TrainedOn;
import dev.landscape.sample.TrainingSample;
import dev.landscape.selection.TopicRange;
import dev.landscape.selection.TopicSweep;
import dev.landscape.text.PaperScans;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextModelFiles;
import dev.landscape.text.TextOptions;
import dev.landscape.text.TextPreparer;
import dev.landscape.themes.SeedEvidence;
import dev.landscape.themes.SeedIndex;
import dev.landscape.themes.SeedMatcher;
import dev.landscape.themes.ThemeResult;
import dev.landscape.themes.ThemeRule;
import dev.landscape.topics.LdaParams;
import dev.landscape.topics.MalletTopicTrainer;
import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicDescriber;
import dev.landscape.topics.TopicModel;
import dev.landscape.topics.TopicSeeding;
import dev.landscape.trends.TrendResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * One run, from corpus file to report folder, as a list of stage calls: {@link #run} trains; {@link #render} takes
 * the trained model of a saved report instead and runs every stage after training again.
 */
public final class Pipeline {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);

  /** Words kept per topic in topics.csv. */
  static final int TOP_WORDS = 20;

  private final Progress progress;

  public Pipeline(Progress progress) {
    this.progress = progress;
  }

  /**
   * Runs {@code settings}; {@code command} is the command line as given, for run.json (the settings are recorded
   * whole besides).
   */
  public RunResult run(RunSettings settings, List<String> command) {
    return run(settings, CorpusSource.file(settings.input(), settings.read()), command);
  }

  /** Runs {@code settings} on the papers of {@code source} (handed over in memory, say) instead of its input file. */
  public RunResult run(RunSettings settings, CorpusSource source, List<String> command) {
    Run run = new Run(settings, command, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), new StageClock(),
        source, settings.text());
    StageClock clock = run.clock();
    try (ReportFolder folder = ReportFolder.create(settings.out(), settings.inputFiles())) {
      SeedEvidence.Scanner scanner = seedScanner(settings);
      // A model trained on every paper keeps a copy of them in state/, for report --from.
      boolean keep = settings.outputs().selection().has(OutputSelection.Output.MODEL)
          && settings.topics().trainSample() == null;
      PreparedCorpus corpus = clock.time("read_and_prepare", () -> prepare(run, scanner,
          keep ? folder.dir().resolve(TrainingStateFiles.DIR) : null));
      CorpusChecks.usable(corpus);
      SeedIndex seeds = seedIndex(settings, corpus, scanner);
      TrainedOn sample = settings.topics().trainSample() == null ? null
          : clock.time("draw_sample", () -> draw(settings, corpus));
      PreparedCorpus training = sample == null ? corpus : corpus.subset(sample.documents());
      TopicSweep.Result sweep = clock.time("sweep",
          () -> sweep(settings, training, seeds == null ? 0 : seeds.presentThemes().length));
      LdaParams lda = modelSettings(settings, corpus, training, sweep, seeds);
      TopicSeeding seeding = seeds == null ? TopicSeeding.NONE
          : seeds.seeding(lda.topics(), settings.themes().seedConfidence());
      TopicModel trained = clock.time("train", () -> new MalletTopicTrainer(lda, seeding).train(training, progress));
      List<String> seededFor = Arrays.stream(seeding.isActive() ? seeds.seededThemes(lda.topics())
          : new int[lda.topics()]).mapToObj(t -> seeding.isActive() && t >= 0
              ? seeds.themes().get(t).name() : null).toList();
      TopicModel model = sample == null ? trained
          : clock.time("place", () -> SampledModel.place(trained, corpus, lda, progress));
      return finish(run, folder, new Trained(corpus, seeds, lda, model, sweep, seededFor, null, sample));
    }
  }

  /** The training sample {@code --train-sample} asks for, drawn from the corpus's papers. */
  private static TrainedOn draw(RunSettings settings, PreparedCorpus corpus) {
    TrainingSample sample = settings.topics().trainSample();
    if (sample.sizeFor(corpus.papers().size()) >= corpus.papers().size()) {
      // Said, not refused: the run is right, only slower than it need be (issue 36: it passed silently).
      LOG.warn("--train-sample {} takes every one of the {} papers: "
          + "the model is trained on all of them and each is then placed on it again; without --train-sample the "
          + "run is faster and keeps state/ for report --from", sample.text(), corpus.papers().size());
    }
    java.util.BitSet chosen = sample.select(corpus.papers(), settings.lda().seed());
    List<String> ids = chosen.stream().mapToObj(d -> corpus.papers().get(d).id()).toList();
    return new TrainedOn(sample, settings.lda().seed(), ids, corpus.papers().size(), chosen);
  }

  /**
   * Every stage after training, on the trained model saved in report folder {@code from}, with {@code settings}
   * (the run's own, as its run.json recorded them, with the themes and folder asked for now): {@code landscape
   * report --from}. The papers are read from the copy {@code state/} keeps (from the input file, for a report of an
   * earlier version) and prepared again as they were for training: the seed phrases, stopwords and words kept of
   * that run, whatever the themes and word files say now; they must be the papers trained on.
   */
  public RunResult render(RunSettings settings, Path from, List<String> command) {
    SavedModel saved = ModelFiles.read(from.resolve(ModelFiles.DIR));
    Path stateDir = from.resolve(TrainingStateFiles.DIR);
    TrainingState state = TrainingStateFiles.read(stateDir, saved);
    Path modelDir = from.resolve(ModelFiles.DIR);
    RunSettings same = settings.withText(settings.text().withSeedPhrases(state.seedPhrases()));
    // The words the run's stopword and keep-word files gave, as its model saved them: the files may be gone.
    TextOptions prepare = same.text().withWordFiles(modelDir.resolve(TextModelFiles.STOPWORDS),
        modelDir.resolve(TextModelFiles.KEEP_WORDS));
    boolean kept = StateCorpus.kept(stateDir);
    CorpusSource source = kept ? StateCorpus.source(stateDir) : CorpusSource.file(same.input(), same.read());
    Run run = new Run(same, command, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), new StageClock(),
        source, prepare);
    // What it reads is in --from (the model's words, the papers' copy), read whole before anything is replaced.
    java.util.Map<String, Path> inputs = kept ? java.util.Map.of() : java.util.Map.of("--input", same.input());
    try (ReportFolder folder = ReportFolder.create(same.out(), inputs)) {
      SeedEvidence.Scanner scanner = seedScanner(same);
      boolean keep = same.outputs().selection().has(OutputSelection.Output.MODEL);
      Path keepIn = keep ? folder.dir().resolve(TrainingStateFiles.DIR) : null;
      if (keep && kept) {
        // The copy is read from state/ itself: the new report keeps its bytes, not a copy compressed again.
        StateCorpus.copy(stateDir, keepIn);
        keepIn = null;
      }
      Path recordIn = keepIn;
      PreparedCorpus corpus = run.clock().time("read_and_prepare", () -> prepare(run, scanner, recordIn));
      CorpusChecks.usable(corpus);
      CorpusChecks.trainedOn(corpus, state, from);
      SeedIndex seeds = seedIndex(same, corpus, scanner);
      LdaParams lda = same.lda().withTopics(state.model().topicCount());
      return finish(run, folder, new Trained(corpus, seeds, lda, state.model(), state.sweep(), state.seededFor(),
          saved.learning(), null));
    }
  }

  /**
   * One run's context.
   *
   * @param settings its settings
   * @param command the command line as given
   * @param startedAt when it started (UTC, ISO-8601)
   * @param clock the stages' times
   * @param source the papers: the input file, or the copy a report keeps
   * @param text how to prepare them: the settings', with the word lists a saved model keeps for a report made again
   */
  private record Run(RunSettings settings, List<String> command, String startedAt, StageClock clock,
      CorpusSource source, TextOptions text) {}

  /**
   * What training gave (or the saved state of a run gives back) to the stages after it.
   *
   * @param corpus the modelled papers, prepared
   * @param seeds the named themes' seeds matched to the corpus, or null without named themes
   * @param lda the model's settings, K included
   * @param model the topic model with every paper's topics
   * @param sweep the sweep over K, or null
   * @param seededFor per topic, the theme it was seeded for, or null
   * @param reuse the theme rule of the run a report is made from, or null
   * @param sample the training sample, or null when every paper trained the model
   */
  private record Trained(PreparedCorpus corpus, SeedIndex seeds, LdaParams lda, TopicModel model,
      TopicSweep.Result sweep, List<String> seededFor, ThemeRule reuse, TrainedOn sample) {}

  /** The stages after training, then every output. */
  private RunResult finish(Run run, ReportFolder folder, Trained t) {
    StageClock clock = run.clock();
    RunSettings settings = run.settings();
    PreparedCorpus corpus = t.corpus();
    List<Topic> topics = clock.time("describe", () -> TopicDescriber.describe(t.model(), corpus.vocabulary(),
        TOP_WORDS));
    QualityReport quality = clock.time("quality", () -> QualityReport.assess(t.model(), corpus, topics));
    ThemeResult themes = clock.time("themes", () -> ThemeResult.of(t.model(), corpus, quality, t.seeds(),
        seededThemes(t.seeds(), t.seededFor()), t.lda().threads(), t.reuse()));
    TrendResult trends = clock.time("trends", () -> Trends.of(corpus, t.model(), topics, themes, settings.trends()));
    Findings found = new Findings(corpus, new Findings.Training(t.lda(), t.model(),
        java.util.Optional.ofNullable(t.sweep()), t.seededFor(), java.util.Optional.ofNullable(t.sample())), topics,
        quality, themes, trends);
    RunManifest manifest = Outputs.write(found, new OutputOptions(run.source(), settings.text(),
        settings.outputs().chartScale(), settings.outputs().rawCsv(), t.lda().threads(),
        settings.outputs().selection()), folder, progress, clock,
        new RunProvenance(settings, run.command(), run.startedAt(), found, clock));
    folder.commit();
    return new RunResult(folder.target(), manifest);
  }

  /**
   * Per topic, the theme of {@code seeds} that answers to the name it was seeded for ({@code was:} follows a
   * rename or a merge), or -1; null when no topic was seeded.
   */
  private static int[] seededThemes(SeedIndex seeds, List<String> seededFor) {
    if (seeds == null || seededFor.stream().allMatch(java.util.Objects::isNull)) {
      return null;
    }
    int[] themes = new int[seededFor.size()];
    for (int k = 0; k < themes.length; k++) {
      themes[k] = -1;
      for (int t = 0; t < seeds.themes().size() && themes[k] < 0; t++) {
        if (seeds.themes().get(t).answersTo(seededFor.get(k))) {
          themes[k] = t;
        }
      }
    }
    return themes;
  }

  /** The sweep over K when one was asked for, else null. */
  private TopicSweep.Result sweep(RunSettings settings, PreparedCorpus corpus, int namedThemes) {
    TopicRange range = settings.sweepFor(corpus.papers().size(), namedThemes);
    return range == null ? null : new TopicSweep(progress).run(corpus, settings.lda(), range,
        settings.sweepIterationsFor(), settings.topics().sweepSample());
  }

  /** What counts the named themes' seeds in each paper as it is read, or null without named themes. */
  private static SeedEvidence.Scanner seedScanner(RunSettings config) {
    return config.themes().named() ? SeedEvidence.scanner(new SeedMatcher(config.themes().themes())) : null;
  }

  private static SeedIndex seedIndex(RunSettings config, PreparedCorpus corpus, SeedEvidence.Scanner scanner) {
    return scanner == null ? null
        : SeedIndex.build(config.themes().themes(), corpus.vocabulary(), scanner.papersWithSeed());
  }

  /** Reads and prepares the papers of {@code run}, copying them into {@code keepIn} (a state folder) unless null. */
  private PreparedCorpus prepare(Run run, SeedEvidence.Scanner scanner, Path keepIn) {
    CorpusSource.Pass pass = run.source().open();
    try (CorpusSource.Pass papers = keepIn == null ? pass : StateCorpus.recording(pass, keepIn)) {
      // The seeds are counted in each paper's own words as it is read: stopwords and pruning could hide them later.
      return new TextPreparer(run.text()).prepare(papers, progress,
          scanner == null ? PaperScans.NONE : scanner);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The model settings for this corpus; refuses a corpus too small for the topics asked for. A scaled K follows the
   * size of the whole corpus, which the landscape describes, also when a sample of it ({@code training}) trains.
   */
  private static LdaParams modelSettings(RunSettings config, PreparedCorpus corpus, PreparedCorpus training,
      TopicSweep.Result sweep, SeedIndex seeds) {
    ReadStats read = corpus.readStats();
    int papers = training.papers().size();
    int named = seeds == null ? 0 : seeds.presentThemes().length;
    int topics = sweep != null ? sweep.chosen() : config.topicsFor(corpus.papers().size(), named);
    if (topics > papers && config.topics().choice() instanceof dev.landscape.selection.TopicChoice.Scaled) {
      topics = Math.max(2, papers); // themes asked for more topics than a tiny corpus has papers
    }
    if (papers < topics) {
      throw new InputException(read.file() + ": " + papers + " usable papers" + (training == corpus ? ""
          : " in the training sample") + " is fewer than the " + topics + " topics asked for; lower --topics"
          + (training == corpus ? "" : " or take a larger --train-sample"));
    }
    return config.lda().withTopics(topics);
  }
}
