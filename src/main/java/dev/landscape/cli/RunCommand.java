package dev.landscape.cli;

import dev.landscape.corpus.ReadOptions;
import dev.landscape.pipeline.Pipeline;
import dev.landscape.pipeline.RunConfig;
import dev.landscape.sample.TrainingSample;
import dev.landscape.pipeline.RunResult;
import dev.landscape.selection.TopicChoice;
import dev.landscape.progress.Progress;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeFile;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.trends.TrendOptions;
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

  @Option(names = "--stopwords", paramLabel = "FILE",
      description = "More stopwords, one per line (added to MALLET's English list and the academic list).")
  Path stopwords;

  @Option(names = "--keep-words", paramLabel = "FILE",
      description = "Words never to drop, split, fold or prune, one per line.")
  Path keepWords;

  @Option(names = "--phrases", paramLabel = "on|off", defaultValue = "on", converter = OptionValues.OnOff.class, arity = "1",
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

  @Option(names = "--period", paramLabel = "auto|month|quarter|year", defaultValue = "auto",
      converter = OptionValues.Period.class,
      description = "Trend periods. auto: the finest of month, quarter and year at which most periods hold at least "
          + "30 papers.")
  TrendOptions period;

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

  @Option(names = "--raw-csv", description = "Write corpus text into the CSVs exactly as it is. By default a text "
      + "cell that starts with =, +, -, @, tab or carriage return gets a leading ' so spreadsheets show it as text "
      + "instead of running it as a formula.")
  boolean rawCsv;

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

  @Option(names = "--iterations", paramLabel = "N|auto", defaultValue = "1000",
      converter = OptionValues.Iterations.class, description = "Gibbs sampling "
      + "iterations. auto stops when the model has converged: checked every 50 iterations from 200 on, the "
      + "log-likelihood per token is less than 0.1%% above its best and topics kept 80%% of their top 10 words (at most "
      + "2000; the stop is recorded in run.json).")
  OptionValues.IterationCount iterations;

  @Option(names = "--alpha", paramLabel = "SUM", defaultValue = "5.0",
      description = "Sum of the document-topic prior over all topics (MALLET's --alpha).")
  double alpha;

  @Option(names = "--beta", paramLabel = "B", defaultValue = "0.01", description = "Topic-word prior per word.")
  double beta;

  @Option(names = "--optimize-interval", paramLabel = "N", defaultValue = "20",
      description = "Re-estimate alpha and beta every N iterations; 0 turns it off.")
  int optimizeInterval;

  @Option(names = "--optimize-burn-in", paramLabel = "N", defaultValue = "50",
      description = "Iterations before the first re-estimation of alpha and beta.")
  int optimizeBurnIn;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Threads for tokenizing and sampling. Results depend on it, so the default is fixed rather "
          + "than taken from the machine: the same input, seed and threads give byte-identical CSVs anywhere.")
  int threads;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed.")
  int seed;

  @Option(names = "--train-sample", paramLabel = "N|F",
      description = "Train the topic model on a seeded sample of N papers or a fraction F of them (0.1 or 10%%), "
          + "then place every paper on it as 'landscape infer' does, and write every output from all the papers. "
          + "Training time falls with the sample; model/training-papers.csv lists the papers it trained on. "
          + "By default every paper trains the model.")
  String trainSample;

  @Option(names = "--sample-by", paramLabel = "uniform|month", defaultValue = "uniform",
      description = "How --train-sample draws: uniform, or month (each month's share of the sample from that "
          + "month, so that no month is left out by chance).")
  String sampleBy;

  @Override
  public Integer call() {
    RunConfig config = config(LandscapeCommand.given(spec));
    Progress progress = root.quiet ? Progress.NONE : root.progress;
    RunResult result = new Pipeline(progress).run(config);
    if (!root.quiet) {
      RunSummary.print(spec.commandLine().getOut(), result, null);
    }
    if (open) {
      ReportOpener.open(result.outDir().resolve("report.html"), spec.commandLine().getErr());
    }
    return ExitCodes.OK;
  }

  /** The run's settings; {@code command} is what run.json records as the command line. */
  RunConfig config(List<String> command) {
    CommandLine cmd = spec.commandLine();
    try {
      ReadOptions read = inputOptions.readOptions(threads);
      // A placeholder K of 2 validates everything else now; the real K is set once the corpus is read.
      LdaParams lda = new LdaParams(2, iterations.count(), alpha, beta, optimizeInterval, optimizeBurnIn, threads,
          seed, iterations.auto());
      ThemeOptions themeOptions = themeOptions();
      TextOptions text = new TextOptions(stopwords, keepWords, phrases, phraseMinCount, phraseThreshold, minDocs,
          maxDocFraction, threads, themeOptions.seedPhrases());
      OutputSelection selection = OutputSelection.parse(outputs, chartFormats);
      if (open && !selection.has(OutputSelection.Output.REPORT)) {
        throw new IllegalArgumentException("--open opens report.html, which --outputs leaves out; add report");
      }
      return new RunConfig(input, out, read, text, themeOptions, period, topics, sweepIterations, sweepSample, lda,
          chartScale, rawCsv, command, TrainingSample.parse(trainSample, sampleBy), selection);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage(), e);
    }
  }

  /** The themes file asked for; a broken one fails here, before any work, as an input error. */
  private ThemeOptions themeOptions() {
    if (themes == null) {
      String source = Files.isRegularFile(ThemeFile.DEFAULT) ? ThemeFile.DEFAULT.toString() : "(built-in)";
      return new ThemeOptions(ThemeFile.loadDefault(), source, seedConfidence);
    }
    if (themes.strip().equalsIgnoreCase("none")) {
      return new ThemeOptions(List.of(), null, seedConfidence);
    }
    return new ThemeOptions(ThemeFile.load(Path.of(themes)), themes, seedConfidence);
  }
}
