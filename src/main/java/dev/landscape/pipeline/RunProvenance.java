package dev.landscape.pipeline;

import dev.landscape.corpus.ReadStats;
import dev.landscape.publish.Findings;
import dev.landscape.publish.Outputs;
import dev.landscape.model.ModelFiles;
import dev.landscape.output.RunManifest;
import dev.landscape.output.TrainingPapers;
import dev.landscape.sample.TrainedOn;
import dev.landscape.topics.MalletInferencer;
import dev.landscape.output.RunParameters;
import dev.landscape.output.RunSummaries;
import dev.landscape.publish.StageClock;
import dev.landscape.output.Versions;
import dev.landscape.quality.QualityReport;
import dev.landscape.selection.TopicChoice;
import dev.landscape.selection.TopicSweep;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.themes.PaperThemes;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeMapper;
import dev.landscape.themes.ThemeResult;
import dev.landscape.topics.LdaParams;
import dev.landscape.topics.TopicModel;
import dev.landscape.trends.TrendResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds run.json's {@link RunManifest} from a run's settings and findings. */
final class RunProvenance implements Outputs.Provenance {
  private final RunSettings config;
  private final List<String> command;
  private final String startedAt;
  private final Findings found;
  private final StageClock clock;

  RunProvenance(RunSettings config, List<String> command, String startedAt, Findings found, StageClock clock) {
    this.config = config;
    this.command = List.copyOf(command);
    this.startedAt = startedAt;
    this.found = found;
    this.clock = clock;
  }

  @Override
  public RunManifest of(List<String> outputs, List<String> files) {
    PreparedCorpus corpus = found.corpus();
    ReadStats read = corpus.readStats();
    RunManifest.Counts counts = new RunManifest.Counts(
        new RunManifest.Read(read.records(), read.accepted(), read.faults(), read.examples(), read.datedFromId(),
            read.undated()),
        new RunManifest.Modelled(corpus.emptyPapers().size(), corpus.papers().size(), corpus.tokens().tokenCount(),
            corpus.vocabulary().size()),
        new RunManifest.Prepared(corpus.report().rawTokens(), corpus.report().gluedSplit(), corpus.report().phrases()));
    TopicModel.TrainingStats stats = found.model().stats();
    Map<String, Long> timings = new LinkedHashMap<>();
    corpus.report().millis().forEach((step, ms) -> timings.put("prepare_" + step, ms));
    timings.putAll(clock.snapshot());
    QualityReport quality = found.quality();
    return new RunManifest(new RunManifest.Origin("landscape", Versions.landscape(), command, startedAt),
        RunManifest.Input.of(read), counts,
        new RunManifest.Setup(RecordedSettings.toJson(config), parameters(), Versions.all()), timings,
        new RunManifest.Results(
            new RunManifest.Fit(found.lda().topics(), stats.logLikelihoodPerToken(), stats.tokensPerSecond()),
            new RunManifest.MeanCoherence(quality.meanCoherence().npmi(), quality.meanCoherence().uMass(),
                quality.meanCoherence().uci(), quality.meanCoherence().cv()),
            quality.diversity(), quality.topics().stream().filter(q -> !q.flags().isEmpty()).count(), themeSummary(),
            RunSummaries.Trends.of(found.trends())), training(), new RunManifest.Written(outputs, files));
  }

  private RunManifest.Training training() {
    int papers = found.corpus().papers().size();
    if (found.trainedOn().isEmpty()) {
      return new RunManifest.Training(papers, papers, "all papers", null, null, "training");
    }
    TrainedOn sample = found.trainedOn().get();
    MalletInferencer.Settings placement = MalletInferencer.Settings.defaults(sample.seed());
    return new RunManifest.Training(sample.ids().size(), papers, sample.sample().describe(), sample.seed(),
        ModelFiles.DIR + "/" + TrainingPapers.FILE, String.format(Locale.ROOT, "every paper placed on the trained "
            + "topics as 'landscape infer' places it: MALLET TopicInferencer, %d iterations, burn-in %d, "
            + "thinning %d, seeded by the run's seed and the paper's id", placement.iterations(), placement.burnIn(),
            placement.thinning()));
  }

  /** Per theme, for run.json: name, kind, topics, members, papers, share, support, trend, unused seeds. */
  private List<RunSummaries.Theme> themeSummary() {
    ThemeResult themes = found.themes();
    TrendResult trends = found.trends();
    List<RunSummaries.Theme> list = new ArrayList<>();
    for (Theme theme : themes.themes()) {
      boolean named = theme.kind() == Theme.Kind.NAMED;
      list.add(new RunSummaries.Theme(theme.name(), theme.kind().key(), theme.topics(),
          new RunSummaries.Count(themes.papers().members(theme.id()), themes.papers().papers(theme.id()),
              Math.round(themes.papers().share(theme.id()) * 10_000) / 10_000.0),
          named ? themes.support(theme.id()).key() : null,
          trends.available() ? trends.themes().get(theme.id()).fit().verdict().key() : null,
          named ? new RunSummaries.Named(theme.missingSeeds(), java.util.Arrays.stream(themes.shareRange(theme.id()))
              .map(s -> Math.round(s * 10_000) / 10_000.0).toArray(), themes.unsure(theme.id()),
              themes.diagnostics().warnings(theme.id())) : null));
    }
    return list;
  }

  private RunParameters parameters() {
    LdaParams lda = found.lda();
    TopicModel model = found.model();
    TopicSweep.Result sweep = found.sweep().orElse(null);
    ThemeResult themes = found.themes();
    String rule = sweep != null
        ? "sweep over K = " + sweep.candidates().stream().map(c -> Integer.toString(c.topics()))
            .collect(Collectors.joining(", ")) + ": " + sweep.explanation()
        : config.topics().choice() instanceof TopicChoice.Scaled
            ? "scaled: round(sqrt(papers)) within 2.." + TopicChoice.MAX_SCALED : "fixed";
    boolean auto = lda.untilConverged();
    var report = found.corpus().report();
    RunParameters.Model trained = new RunParameters.Model(lda.topics(), rule,
        sweep == null ? null : new RunParameters.Sweep(sweep.iterations(), TopicSweep.SEEDS, sweep.trainingPapers(),
            sweep.heldOutPapers()),
        new RunParameters.Iterations(auto, lda.iterations()),
        auto ? new RunParameters.AutoStop(lda.iterations(), model.stats().iterations(), model.stats().stopped()) : null,
        new RunParameters.Priors(lda.alphaSum(), lda.beta(), lda.optimizeInterval(), lda.optimizeBurnIn()),
        lda.threads(), lda.seed());
    RunParameters.Input input = new RunParameters.Input(config.read().format().key(),
        config.read().policy().name().toLowerCase(Locale.ROOT), config.read().columns());
    RunParameters.Text text = new RunParameters.Text("english (MALLET " + Versions.all().get("mallet") + ") + academic"
        + (config.text().extraStopwords() != null ? " + " + config.text().extraStopwords() : ""),
        config.text().keepWords() == null ? null : config.text().keepWords().toString(), config.text().phrases(),
        report.phraseMinCount(), config.text().phraseThreshold(), report.minDocs(), report.maxDocs());
    RunParameters.Themes themed = new RunParameters.Themes(config.themes().source(),
        config.themes().named() ? config.themes().seedConfidence() : null,
        themes.seeds() == null ? 0 : Math.min(themes.seeds().presentThemes().length, lda.topics() - 1),
        ThemeMapper.MIN_SEED_MASS, ThemeMapper.MIN_LIFT, ThemeMapper.MERGE_FRACTION, PaperThemes.MIXED_MARGIN);
    RunParameters.Outputs outputs = new RunParameters.Outputs(config.outputs().chartScale(),
        config.outputs().rawCsv(), config.outputs().selection().names(), config.outputs().selection().chartFormats());
    return new RunParameters(trained, input, text, Pipeline.TOP_WORDS, themed,
        config.trends().granularity() == null ? "auto" : config.trends().granularity().key(), outputs);
  }
}
