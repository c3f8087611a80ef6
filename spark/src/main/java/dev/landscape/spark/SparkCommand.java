package dev.landscape.spark;

import dev.landscape.corpus.ReadOptions;
import dev.landscape.cli.options.InputOptions;
import dev.landscape.cli.options.PeriodOption;
import dev.landscape.cli.options.RawCsvOption;
import dev.landscape.cli.options.SampleOptions;
import dev.landscape.cli.options.SamplerOptions;
import dev.landscape.pipeline.RunSettings;
import dev.landscape.publish.OutputSelection;
import dev.landscape.sample.TrainingSample;
import dev.landscape.selection.TopicChoice;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeFile;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.topics.LdaParams;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit --class dev.landscape.spark.SparkMain landscape-spark.jar --model DIR --input PATH... --out
 * DIR}: a landscape of any size on Apache Spark.
 */
@Command(
    name = "landscape-spark",
    mixinStandardHelpOptions = true,
    version = "landscape-spark 0.1.0",
    description = {"Place every paper of a corpus of any size on a saved landscape model with Apache Spark, as "
        + "'landscape infer' places them (the same rows, on any partitioning), and aggregate on the cluster into "
        + "the landscape's tables: themes.csv, trends.csv, theme-trends.csv and run.json on the driver; per paper, "
        + "CSV part files in infer's columns and a Parquet table under the assignments folder."},
    footer = {"%nExit codes:%n  0    success%n  1    the job failed (a task, a write); the previous folder is kept%n"
        + "  2    usage error or unusable input (bad option, missing or malformed file, or a bad record under "
        + "--on-bad-record fail)%n"},
    showDefaultValues = true)
final class SparkCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-m", "--model"}, paramLabel = "DIR",
      description = "The saved model, on the driver: a report folder written by 'landscape run', or its model/. "
          + "Give this or --train-sample.")
  Path model;

  @CommandLine.Mixin
  SampleOptions sample;

  @Option(names = {"-k", "--topics"}, paramLabel = "K", defaultValue = "0",
      description = "With --train-sample: topics; 0 scales K with the size of the whole corpus, as "
          + "'landscape run' does.")
  int topics;

  @CommandLine.Mixin
  SamplerOptions sampler;

  @CommandLine.Mixin
  InputOptions inputOptions;

  @CommandLine.Mixin
  PeriodOption period;

  @CommandLine.Mixin
  RawCsvOption rawCsv;

  @Option(names = {"-i", "--input"}, paramLabel = "PATH", required = true, arity = "1..*",
      description = "Corpus files, folders or globs on any Hadoop file system (file:, hdfs:, s3a: with your own "
          + "configuration), in any format 'landscape run' reads; gzip or not.")
  List<String> inputs;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
      description = "The folder for the landscape's tables and run.json, on the driver (replaced only when the job "
          + "succeeds).")
  Path out;

  @Option(names = "--assignments-out", paramLabel = "URI",
      description = "Where the per-paper tables go (csv/ and parquet/); by default OUT/assignments. On a cluster, "
          + "give a distributed file system's folder.")
  String assignmentsOut;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions to place the papers in; 0: Spark's default parallelism.")
  int partitions;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, when not started by spark-submit (for example local[2]).")
  String master;

  @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
  boolean quiet;

  @Override
  public Integer call() {
    SparkLandscape.Config config = config();
    SparkSession.Builder builder = SparkSession.builder().appName("landscape");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    SparkLandscape.Result result = new SparkLandscape().run(spark, config);
    if (!quiet) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf(Locale.ROOT, "Read %,d records from %,d file%s: %,d skipped%n", result.records(), result.files(),
          result.files() == 1 ? "" : "s", result.skipped());
      stdout.printf(Locale.ROOT, "Placed %,d papers (%,d unassignable: no word the model knows) in %.1f s%n",
          result.papers(), result.unassignable(), result.timings().get("total") / 1000.0);
      stdout.printf(Locale.ROOT, "Wrote %s: %s; per paper: %s%n", out, String.join(", ",
          result.manifest().written().outputs()), result.assignments());
      stdout.flush();
    }
    return 0;
  }

  private SparkLandscape.Config config() {
    try {
      if (partitions < 0) {
        throw new IllegalArgumentException("--partitions must be 0 or more, found " + partitions);
      }
      TrainingSample drawn = sample.sample();
      if ((model == null) == (drawn == null)) {
        throw new IllegalArgumentException("give either --model DIR or --train-sample N|F");
      }
      LdaParams lda = sampler.lda();
      // Two threads parse JSON in each read task, as 'landscape run' and infer do: a gzip file is read by one task.
      ReadOptions read = inputOptions.readOptions(2);
      ThemeOptions themes = new ThemeOptions(ThemeFile.loadDefault(), "(built-in)", ThemeOptions.DEFAULT_CONFIDENCE);
      RunSettings settings = new RunSettings(new RunSettings.Corpus(Path.of(inputs.get(0)), read),
          TextOptions.defaults(lda.threads()).withSeedPhrases(themes.seedPhrases()),
          new RunSettings.Topics(TopicChoice.parse(Integer.toString(topics)), lda, 0, 20_000, drawn), themes,
          period.trends(), new RunSettings.Outputs(out.resolve(SparkLandscape.TRAINING), 1, rawCsv.raw(),
              OutputSelection.ALL));
      return new SparkLandscape.Config(model, new SparkLandscape.Where(inputs, out, assignmentsOut, partitions),
          settings, spec.commandLine().getParseResult().originalArgs());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
