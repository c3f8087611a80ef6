package dev.landscape.pipeline;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.corpus.PaperStream;
import dev.landscape.corpus.ReadStats;
import dev.landscape.io.InputException;
import dev.landscape.model.ModelFiles;
import dev.landscape.model.SavedModel;
import dev.landscape.model.TrainingState;
import dev.landscape.model.TrainingStateFiles;
import dev.landscape.publish.Findings;
import dev.landscape.publish.OutputOptions;
import dev.landscape.publish.Outputs;
import dev.landscape.output.ReportFolder;
import dev.landscape.output.RunManifest;
import dev.landscape.publish.StageClock;
import dev.landscape.progress.Progress;
import dev.landscape.quality.QualityReport;
import dev.landscape.sample.TrainedOn;
import dev.landscape.selection.TopicRange;
import dev.landscape.selection.TopicSweep;
import dev.landscape.text.PaperScans;
import dev.landscape.text.PreparedCorpus;
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
      SeedEvidence.Scanner scanner = seedScanner(config);
      PreparedCorpus corpus = clock.time("read_and_prepare", () -> prepare(config, scanner));
      requireUsable(corpus);
      SeedIndex seeds = seedIndex(config, corpus, scanner);
      TrainedOn sample = config.trainSample() == null ? null : clock.time("draw_sample", () -> draw(config, corpus));
      PreparedCorpus training = sample == null ? corpus : corpus.subset(sample.documents());
      TopicSweep.Result sweep = clock.time("sweep",
          () -> sweep(config, training, seeds == null ? 0 : seeds.presentThemes().length));
      LdaParams lda = modelSettings(config, corpus, training, sweep, seeds);
      TopicSeeding seeding = seeds == null ? TopicSeeding.NONE
          : seeds.seeding(lda.topics(), config.themes().seedConfidence());
      TopicModel trained = clock.time("train", () -> new MalletTopicTrainer(lda, seeding).train(training, progress));
      List<String> seededFor = Arrays.stream(seeding.isActive() ? seeds.seededThemes(lda.topics())
          : new int[lda.topics()]).mapToObj(t -> seeding.isActive() && t >= 0
              ? seeds.themes().get(t).name() : null).toList();
      if (sample == null) {
        return finish(config, folder, clock, startedAt, corpus, seeds, lda, trained, sweep, seededFor, null, null);
      }
      TopicModel placed = clock.time("place", () -> SampledModel.place(trained, corpus, lda, progress));
      return finish(config, folder, clock, startedAt, corpus, seeds, lda, placed, sweep, seededFor, null, sample);
    }
  }

  /** The training sample {@code --train-sample} asks for, drawn from the corpus's papers. */
  private static TrainedOn draw(RunConfig config, PreparedCorpus corpus) {
    java.util.BitSet chosen = config.trainSample().select(corpus.papers(), config.lda().seed());
    List<String> ids = chosen.stream().mapToObj(d -> corpus.papers().get(d).id()).toList();
    return new TrainedOn(config.trainSample(), config.lda().seed(), ids, corpus.papers().size(), chosen);
  }

  /**
   * Every stage after training, on the trained model saved in report folder {@code from}, with {@code config}'s
   * themes: {@code landscape report --from}. The corpus is read and prepared again as it was for training (the
   * seed phrases of that run, whatever the themes file says now) and must be the same papers.
   */
  public RunResult render(RunConfig config, Path from) {
    String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    StageClock clock = new StageClock();
    SavedModel saved = ModelFiles.read(from.resolve(ModelFiles.DIR));
    TrainingState state = TrainingStateFiles.read(from.resolve(TrainingStateFiles.DIR), saved);
    RunConfig same = config.withText(config.text().withSeedPhrases(state.seedPhrases()));
    try (ReportFolder folder = ReportFolder.create(same.out(), same.inputFiles())) {
      SeedEvidence.Scanner scanner = seedScanner(same);
      PreparedCorpus corpus = clock.time("read_and_prepare", () -> prepare(same, scanner));
      requireUsable(corpus);
      requireTrainedOn(corpus, state, from);
      SeedIndex seeds = seedIndex(same, corpus, scanner);
      LdaParams lda = same.lda().withTopics(state.model().topicCount());
      return finish(same, folder, clock, startedAt, corpus, seeds, lda, state.model(), state.sweep(),
          state.seededFor(), saved.learning(), null);
    }
  }

  /** The stages after training, then every output. */
  private RunResult finish(RunConfig config, ReportFolder folder, StageClock clock, String startedAt,
      PreparedCorpus corpus, SeedIndex seeds, LdaParams lda, TopicModel model, TopicSweep.Result sweep,
      List<String> seededFor, ThemeRule reuse, TrainedOn sample) {
    List<Topic> topics = clock.time("describe", () -> TopicDescriber.describe(model, corpus.vocabulary(), TOP_WORDS));
    QualityReport quality = clock.time("quality", () -> QualityReport.assess(model, corpus, topics));
    ThemeResult themes = clock.time("themes",
        () -> ThemeResult.of(model, corpus, quality, seeds, seededThemes(seeds, seededFor), lda.threads(),
            reuse));
    TrendResult trends = clock.time("trends", () -> Trends.of(corpus, model, topics, themes, config.trends()));
    Findings found = new Findings(corpus, lda, model, topics, quality, themes, trends, sweep, seededFor,
        sample);
    RunManifest manifest = Outputs.write(found, new OutputOptions(config.input(), config.read(), config.text(),
        config.chartScale(), config.rawCsv(), lda.threads(), config.outputs()), folder, progress, clock,
        new RunProvenance(config, startedAt, found, clock));
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
  private TopicSweep.Result sweep(RunConfig config, PreparedCorpus corpus, int namedThemes) {
    TopicRange range = config.sweepFor(corpus.papers().size(), namedThemes);
    return range == null ? null : new TopicSweep(progress).run(corpus, config.lda(), range,
        config.sweepIterationsFor(), config.sweepSample());
  }

  /** What counts the named themes' seeds in each paper as it is read, or null without named themes. */
  private static SeedEvidence.Scanner seedScanner(RunConfig config) {
    return config.themes().named() ? SeedEvidence.scanner(new SeedMatcher(config.themes().themes())) : null;
  }

  private static SeedIndex seedIndex(RunConfig config, PreparedCorpus corpus, SeedEvidence.Scanner scanner) {
    return scanner == null ? null
        : SeedIndex.build(config.themes().themes(), corpus.vocabulary(), scanner.papersWithSeed());
  }

  private PreparedCorpus prepare(RunConfig config, SeedEvidence.Scanner scanner) {
    try (PaperStream papers = PaperStream.open(config.input(), config.read())) {
      // The seeds are counted in each paper's own words as it is read: stopwords and pruning could hide them later.
      return new TextPreparer(config.text()).prepare(papers, progress, scanner == null ? PaperScans.NONE : scanner);
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

  /** Refuses a corpus that is not, paper for paper and token for token, the one the saved model was trained on. */
  private static void requireTrainedOn(PreparedCorpus corpus, TrainingState state, Path from) {
    TopicModel model = state.model();
    List<String> ids = corpus.papers().stream().map(PaperInfo::id).toList();
    String differs = null;
    if (!corpus.readStats().sha256().equals(state.corpusSha256())) {
      differs = "its SHA-256 differs from the file trained on";
    } else if (corpus.vocabulary().size() != model.vocabularySize()) {
      differs = "prepared again it has " + corpus.vocabulary().size() + " word types, the model "
          + model.vocabularySize();
    } else if (!ids.equals(state.paperIds())) {
      differs = "it has " + ids.size() + " papers, the model " + state.paperIds().size() + (ids.size() == state.paperIds().size()
          ? " (other papers or another order)" : "");
    } else {
      for (int d = 0; d < ids.size() && differs == null; d++) {
        if (corpus.tokens().tokens(d).length != model.docLength(d)) {
          differs = "paper " + ids.get(d) + " has " + corpus.tokens().tokens(d).length + " tokens, the model "
              + model.docLength(d);
        }
      }
    }
    if (differs != null) {
      throw new InputException(corpus.readStats().file() + ": not the corpus " + from + " was trained on ("
          + differs + "); give the run's input with --input, or run again");
    }
  }

  /**
   * The model settings for this corpus; refuses a corpus too small for the topics asked for. A scaled K follows the
   * size of the whole corpus, which the landscape describes, also when a sample of it ({@code training}) trains.
   */
  private static LdaParams modelSettings(RunConfig config, PreparedCorpus corpus, PreparedCorpus training,
      TopicSweep.Result sweep, SeedIndex seeds) {
    ReadStats read = corpus.readStats();
    int papers = training.papers().size();
    int named = seeds == null ? 0 : seeds.presentThemes().length;
    int topics = sweep != null ? sweep.chosen() : config.topicsFor(corpus.papers().size(), named);
    if (topics > papers && config.topics() instanceof dev.landscape.selection.TopicChoice.Scaled) {
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
