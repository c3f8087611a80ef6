package dev.landscape.cli;

import dev.landscape.corpus.ReadOptions;
import dev.landscape.pipeline.Pipeline;
import dev.landscape.pipeline.RunSettings;
import dev.landscape.cli.options.InputOptions;
import dev.landscape.cli.options.PeriodOption;
import dev.landscape.cli.options.RawCsvOption;
import dev.landscape.cli.options.SampleOptions;
import dev.landscape.cli.options.SamplerOptions;
import dev.landscape.pipeline.RunResult;
import dev.landscape.selection.TopicChoice;
import dev.landscape.progress.Progress;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeFile;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.topics.LdaParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import dev.landscape.publish.OutputSelection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code landscape run}: reads a corpus, trains the topic model and writes the report folder. */
@Command(
    name = "run",
    aliases = {"sweep"},
    mixinStandardHelpOptions = true,
    versionProvider = LandscapeCommand.VersionProvider.class,
    description = {"Read a corpus, train an LDA topic model, group its topics into themes and write the tables "
        + "(topic assignments, topics, themes, trends) and landscape.xlsx, charts, report.html, report.md, "
        + "landscape.pptx and run.json (--outputs chooses).",
        "'landscape sweep' is the same command: give it --topics FROM:TO:STEP or auto."},
    footer = ExitCodes.HELP,
    showDefaultValues = true)
final class RunCommand implements Callable<Integer> {
  @ParentCommand
  LandscapeCommand root;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-i", "--input"}, paramLabel = "FILE", defaultValue = "data/arxiv-ml-abstracts.txt",
      description = "Corpus file: dataset-viewer .txt, arXiv JSON Lines (.jsonl, .jsonl.gz), .csv or .tsv.")
  Path input;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "reports",
      description = "Report folder: new, empty, or an earlier report, of which only the files its run wrote (listed "
          + "in its run.json) are replaced when this run succeeds; anything else in it is kept. A folder of other "
          + "files, or one holding a file at a name a run writes, is refused before any work.")
  Path out;

  @CommandLine.Mixin
  InputOptions inputOptions;

  @CommandLine.Mixin
  SamplerOptions sampler;

  @CommandLine.Mixin
  SampleOptions sample;

  @CommandLine.Mixin
  PeriodOption period;

  @CommandLine.Mixin
  RawCsvOption rawCsv;

  @Option(names = "--stopwords", paramLabel = "FILE",
      description = "More stopwords, one per line (added to MALLET's English list and the academic list).")
  Path stopwords;

  @Option(names = "--keep-words", paramLabel = "FILE",
      description = "Words never to drop, split, fold or prune, one per line.")
  Path keepWords;

  @Option(names = "--phrases", paramLabel = "on|off", defaultValue = "on", converter = OptionValues.OnOff.class,
      arity = "1",
      description = "Find collocations (language model, chain of thought) and model them as single terms. "
          + "Default: ${DEFAULT-VALUE}.")
  boolean phrases;

  @Option(names = "--phrase-min-count", paramLabel = "N", defaultValue = "0",
      description = "Occurrences a phrase needs; 0 scales with the corpus: max(3, tokens / 500,000).")
  int phraseMinCount;

  @Option(names = "--phrase-threshold", paramLabel = "NPMI", defaultValue = "0.5",
      description = "Normalized PMI a phrase needs, up to 1.")
  double phraseThreshold;

  @Option(names = "--min-docs", paramLabel = "N", defaultValue = "0",
      description = "Drop terms in fewer papers; 0 scales with the corpus: 1 below 200 papers, 2 below 2,000, "
          + "3 below 20,000, else 5.")
  int minDocs;

  @Option(names = "--max-doc-fraction", paramLabel = "F", defaultValue = "0",
      description = "Drop terms in a larger share of papers; 0 means 0.25 from 2,000 papers up, 0.5 from 20, no limit "
          + "below.")
  double maxDocFraction;

  @Option(names = "--themes", paramLabel = "FILE|none", description = "Named research themes (YAML: name, "
      + "description, seeds, parent). Default: data/themes.yaml in the working folder, else the copy built into "
      + "landscape. none: no named themes; themes then come from grouping topics and are named automatically.")
  String themes;

  @Option(names = "--seed-confidence", paramLabel = "P", defaultValue = "0.9",
      description = "How strongly theme seeds steer the model: the probability that a token of a seed term starts "
          + "sampling in its theme's topic (0 turns steering off; topics still join themes by their words).")
  double seedConfidence;

  @Option(names = "--chart-scale", paramLabel = "N", defaultValue = "1",
      description = "PNG charts are 1920 x 1080 times N (2 for 4K). SVG and PDF are vectors at any size.")
  int chartScale;

  @Option(names = "--outputs", paramLabel = "LIST", defaultValue = "all",
      description = "What to write, separated by commas: csv (the tables), xlsx (landscape.xlsx, every table in one "
          + "workbook), charts (charts/), report (report.html, report.md), deck (landscape.pptx), model (model/ for "
          + "'landscape infer', state/ for 'landscape report --from'); all for everything. The report and the deck "
          + "bring the charts they show. run.json is always written.")
  String outputs;

  @Option(names = "--chart-formats", paramLabel = "LIST", defaultValue = "png,svg,pdf",
      description = "The charts' formats, separated by commas: png, svg, pdf. The report needs png and svg, the "
          + "deck png.")
  String chartFormats;

  @Option(names = "--open", description = "Open report.html in the desktop's browser when the run ends; where there "
      + "is no desktop, say so and where the report is.")
  boolean open;

  @Option(names = {"-k", "--topics"}, paramLabel = "K", defaultValue = "0", converter = OptionValues.Topics.class,
      description = "Number of topics: a number; 0 scales with the corpus (round(sqrt(papers)) within 2..50); "
          + "FROM:TO:STEP sweeps that range and keeps the best K; auto sweeps a range fitted to the corpus "
          + "(up to 2 sqrt(papers), at most 60, about ten values). See sweep.csv and sweep.png.")
  TopicChoice topics;

  @Option(names = "--sweep-iterations", paramLabel = "N", defaultValue = "0",
      description = "Iterations of each model a sweep trains (3 seeds per K); 0 means min(100, --iterations).")
  int sweepIterations;

  @Option(names = "--sweep-sample", paramLabel = "N", defaultValue = "20000",
      description = "A sweep trains and scores its candidates on a fixed sample of at most this many papers "
          + "(chosen by a hash of the id; a smaller corpus is swept whole, and run.json records how many it used); the "
          + "final model uses all of them.")
  int sweepSample;

  @Override
  public Integer call() {
    RunSettings settings = settings();
    Progress progress = root.quiet ? Progress.NONE : root.progress;
    RunResult result = new Pipeline(progress).run(settings, LandscapeCommand.given(spec));
    if (!root.quiet) {
      RunSummary.print(spec.commandLine().getOut(), result, null);
    }
    if (open) {
      ReportOpener.open(result.outDir().resolve("report.html"), spec.commandLine().getErr());
    }
    return ExitCodes.OK;
  }

  /** The run's settings, validated: a bad value is a usage error naming its option, before any work. */
  RunSettings settings() {
    CommandLine cmd = spec.commandLine();
    try {
      LdaParams lda = sampler.lda();
      ReadOptions read = inputOptions.readOptions(lda.threads());
      ThemeOptions themeOptions = themeOptions();
      TextOptions text = new TextOptions(new TextOptions.WordFiles(stopwords, keepWords),
          new TextOptions.Phrasing(phrases, phraseMinCount, phraseThreshold, themeOptions.seedPhrases()),
          new TextOptions.Pruning(minDocs, maxDocFraction), lda.threads());
      OutputSelection selection = OutputSelection.parse(outputs, chartFormats);
      if (open && !selection.has(OutputSelection.Output.REPORT)) {
        throw new IllegalArgumentException("--open opens report.html, which --outputs leaves out; add report");
      }
      return new RunSettings(new RunSettings.Corpus(input, read), text,
          new RunSettings.Topics(topics, lda, sweepIterations, sweepSample, sample.sample()), themeOptions,
          period.trends(), new RunSettings.Outputs(out, chartScale, rawCsv.raw(), selection));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage(), e);
    }
  }

  /** The themes file asked for; a broken one fails here, before any work, as an input error. */
  private ThemeOptions themeOptions() {
    ThemeOptions chosen = ThemeChoice.of(themes);
    return new ThemeOptions(chosen.themes(), chosen.source(), seedConfidence);
  }

}
