package dev.landscape.spark;

import dev.landscape.corpus.BadRecordPolicy;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.trends.TrendOptions;
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

  @Option(names = "--train-sample", paramLabel = "N|F",
      description = "Instead of --model: draw a seeded sample of N papers or a fraction F (0.1 or 10%%) on the "
          + "cluster, train on it on the driver exactly as 'landscape run' does (its report and model go to "
          + "OUT/training/), then place every paper on that model.")
  String trainSample;

  @Option(names = "--sample-by", paramLabel = "uniform|month", defaultValue = "uniform",
      description = "How --train-sample draws: uniform, or each month's share of the sample from that month.")
  String sampleBy;

  @Option(names = {"-k", "--topics"}, paramLabel = "K", defaultValue = "0",
      description = "With --train-sample: topics; 0 scales K with the size of the whole corpus, as "
          + "'landscape run' does.")
  int topics;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "1000",
      description = "With --train-sample: Gibbs sampling iterations.")
  int iterations;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "With --train-sample: the random seed of the draw and of training.")
  int seed;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "With --train-sample: threads training on the driver.")
  int threads;

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

  @Option(names = "--on-bad-record", paramLabel = "skip|fail", defaultValue = "skip",
      description = "skip: count faulty records by kind and go on; fail: stop at the first found (files are read at "
          + "once), naming its file and line.")
  String onBadRecord;

  @Option(names = "--period", paramLabel = "auto|month|quarter|year", defaultValue = "auto",
      description = "Trend periods.")
  String period;

  @Option(names = "--raw-csv", description = "Write text into the CSVs exactly as it is, not neutralized for "
      + "spreadsheets.")
  boolean rawCsv;

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
          result.manifest().outputs()), result.assignments());
      stdout.flush();
    }
    return 0;
  }

  private SparkLandscape.Config config() {
    try {
      BadRecordPolicy policy = switch (onBadRecord.strip().toLowerCase(Locale.ROOT)) {
        case "skip" -> BadRecordPolicy.SKIP;
        case "fail" -> BadRecordPolicy.FAIL;
        default -> throw new IllegalArgumentException("--on-bad-record must be skip or fail, found '"
            + onBadRecord + "'");
      };
      ReadOptions defaults = ReadOptions.defaults();
      // Two threads parse JSON in each read task, as 'landscape run' and infer do: a gzip file is read by one task.
      ReadOptions read = new ReadOptions(defaults.format(), policy, defaults.columns(), 2);
      TrendOptions trends;
      try {
        trends = TrendOptions.parse(period);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--period: " + e.getMessage(), e);
      }
      if (partitions < 0) {
        throw new IllegalArgumentException("--partitions must be 0 or more, found " + partitions);
      }
      if ((model == null) == (trainSample == null)) {
        throw new IllegalArgumentException("give either --model DIR or --train-sample N|F");
      }
      dev.landscape.sample.TrainingSample sample = dev.landscape.sample.TrainingSample.parse(trainSample, sampleBy);
      SparkTraining.Settings training = sample == null ? null
          : new SparkTraining.Settings(sample, topics, iterations, seed, threads);
      if (iterations < 1 || topics < 0 || threads < 1) {
        throw new IllegalArgumentException("--iterations and --threads must be at least 1 and --topics 0 or more; "
            + "found " + iterations + ", " + threads + ", " + topics);
      }
      return new SparkLandscape.Config(model, inputs, out, assignmentsOut, partitions, read, trends, rawCsv,
          spec.commandLine().getParseResult().originalArgs(), training);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
