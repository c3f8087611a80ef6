package dev.landscape.cli;

import dev.landscape.cli.options.InputOptions;
import dev.landscape.cli.options.RawCsvOption;
import dev.landscape.inference.Inference;
import dev.landscape.progress.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code landscape infer}: places new papers on the themes and topics of a saved model, without retraining. */
@Command(
    name = "infer",
    mixinStandardHelpOptions = true,
    versionProvider = LandscapeCommand.VersionProvider.class,
    description = {"Place new papers on an existing landscape: prepare them exactly as the model's training papers "
        + "were, infer their topic proportions with MALLET's TopicInferencer, and write their themes and topics in "
        + "the columns of topic-assignments.csv, plus tokens (words the model knows) and status (assigned or "
        + "unassignable)."},
    footer = ExitCodes.HELP,
    showDefaultValues = true)
final class InferCommand implements Callable<Integer> {
  @ParentCommand
  LandscapeCommand root;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-m", "--model"}, paramLabel = "DIR", defaultValue = "reports/model",
      description = "The saved model: a report folder written by 'landscape run', or its model/ folder "
          + "(default: ${DEFAULT-VALUE}).")
  Path model;

  @Option(names = {"-i", "--input"}, paramLabel = "FILE", required = true,
      description = "Papers to place, in any format 'landscape run' reads.")
  Path input;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "inferred-assignments.csv",
      description = "The CSV to write (replaced only when inference succeeds); - writes to standard output.")
  String out;

  @Option(names = "--doc-topics", paramLabel = "FILE",
      description = "Also write every paper's full topic distribution (id, topic_0 ... topic_K-1, as a run's "
          + "doc-topics.csv; empty for an unassignable paper), one row per paper in the table's order; replaced "
          + "only when inference succeeds. By default not written.")
  Path docTopics;

  @Option(names = "--theme-terms", paramLabel = "FILE",
      description = "Also write the words of the papers: for each word of the model's vocabulary they use, its "
          + "tokens in all of them and in the member papers of each named theme. 'landscape aggregate "
          + "--theme-terms' sums the shards' tables into the themes' term charts and top terms. By default not "
          + "written.")
  Path themeTerms;

  @CommandLine.Mixin
  InputOptions inputOptions;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "100",
      description = "Gibbs sweeps per paper (MALLET InferTopics' --num-iterations).")
  int iterations;

  @Option(names = "--burn-in", paramLabel = "N", defaultValue = "10",
      description = "Sweeps before the first kept sample (InferTopics' --burn-in).")
  int burnIn;

  @Option(names = "--thinning", paramLabel = "N", defaultValue = "10",
      description = "Sweeps between kept samples (InferTopics' --sample-interval).")
  int thinning;

  @CommandLine.Mixin
  RawCsvOption rawCsv;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Papers sampled at once. Results do not depend on it: each paper has its own random stream.")
  int threads;

  @Override
  public Integer call() {
    Inference.Config config = config();
    Progress progress = root.quiet ? Progress.NONE : root.progress;
    PrintWriter stdout = spec.commandLine().getOut();
    Inference.Result result = new Inference(progress).run(config, stdout);
    if (!root.quiet) {
      // With the table on standard output, the summary goes to standard error.
      PrintWriter summary = config.files().out() == null ? spec.commandLine().getErr() : stdout;
      summary.printf(Locale.ROOT, "Read %,d records from %s: %,d skipped%n", result.read().records(),
          result.read().file(), result.read().dropped());
      summary.printf(Locale.ROOT, "Placed %,d papers (%,d unassignable: no word the model knows) in %.1f s, "
              + "%,.0f papers/s; model loaded in %.1f s%n", result.papers(), result.unassignable(),
          result.inferMillis() / 1000.0, result.papersPerSecond(), result.loadMillis() / 1000.0);
      summary.printf(Locale.ROOT, "Wrote %s%s%n", config.files().out() == null ? "standard output"
          : result.provenance() == null ? config.files().out().toString()
          : config.files().out() + " and " + result.provenance().getFileName(),
          (config.files().docTopics() == null ? "" : "; topic distributions in " + config.files().docTopics())
              + (config.files().themeTerms() == null ? "" : "; theme term counts in " + config.files().themeTerms()));
      summary.flush();
    }
    return ExitCodes.OK;
  }

  private Inference.Config config() {
    try {
      if (iterations < 1 || burnIn < 0 || burnIn >= iterations || thinning < 1) {
        throw new IllegalArgumentException("--iterations must be at least 1, --burn-in from 0 to iterations - 1 and "
            + "--thinning at least 1; found " + iterations + ", " + burnIn + ", " + thinning);
      }
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("--threads must be between 1 and 256, found " + threads);
      }
      dev.landscape.output.ReportFolder.recoverInterrupted(model);
      return new Inference.Config(new Inference.Files(dev.landscape.model.ModelFiles.locate(model), input,
          out.equals("-") ? null : Path.of(out), docTopics, themeTerms), inputOptions.readOptions(threads),
          new Inference.Sampling(iterations, burnIn, thinning, threads), rawCsv.raw(), LandscapeCommand.given(spec));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
