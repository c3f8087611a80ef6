package dev.landscape.spark;

import dev.landscape.aggregate.AssignmentTotals;
import dev.landscape.aggregate.Aggregation;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.inference.PaperPlacer;
import dev.landscape.model.ModelFiles;
import dev.landscape.model.SavedModel;
import dev.landscape.output.AggregateManifest;
import dev.landscape.output.CsvCells;
import dev.landscape.output.ReportFolder;
import dev.landscape.themes.MemberTerms;
import dev.landscape.pipeline.RunSettings;
import dev.landscape.topics.MalletInferencer;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The Spark job, as stage calls: list the input files, read them on the cluster, keep the first paper of each id,
 * place every paper on the broadcast model, write the per-paper tables (CSV parts in infer's columns, Parquet),
 * aggregate on the cluster, and write the landscape's tables on the driver through {@link Aggregation}, the door
 * {@code landscape aggregate} uses. Nothing per paper is collected to the driver.
 */
final class SparkLandscape {
  /** The folder of the output holding the report of the training sample, with its model/. */
  static final String TRAINING = "training";

  /**
   * What to do.
   *
   * @param model the saved model: a report folder or its model/ folder, on the driver; null to train one on a sample
   * @param where where the papers are and the results go
   * @param settings how to read the papers, the trends, the CSVs; with a training sample, how to train on it (its
   *     report folder is the output's {@code training/})
   * @param command the command line as given, for run.json
   */
  record Config(Path model, Where where, RunSettings settings, List<String> command) {
    boolean train() {
      return settings.topics().trainSample() != null;
    }

    List<String> inputs() {
      return where.inputs();
    }

    Path out() {
      return where.out();
    }

    String assignmentsOut() {
      return where.assignmentsOut();
    }

    int partitions() {
      return where.partitions();
    }
  }

  /**
   * Where the papers are and the results go.
   *
   * @param inputs corpus files, folders or globs of any Hadoop file system
   * @param out the folder for the landscape's tables and run.json, on the driver
   * @param assignmentsOut where the per-paper tables go (any Hadoop file system), or null for {@code out/assignments}
   * @param partitions partitions to place the papers in, or 0 for Spark's default parallelism
   */
  record Where(List<String> inputs, Path out, String assignmentsOut, int partitions) {}

  /** What the job did. */
  record Result(long records, long skipped, long papers, long unassignable, int files, String assignments,
      AggregateManifest manifest, Map<String, Long> timings) {}

  /**
   * One partition's part of the totals and of the words of the named themes' member papers, with the papers dropped
   * for sharing an id with one read earlier, and what reading the input files it met found.
   */
  record PartTotals(AssignmentTotals totals, MemberTerms terms, long duplicates, List<FileStats> stats)
      implements Serializable {
    PartTotals merge(PartTotals other) {
      List<FileStats> both = new ArrayList<>(stats);
      both.addAll(other.stats);
      return new PartTotals(totals.merge(other.totals), terms.merge(other.terms), duplicates + other.duplicates,
          both);
    }
  }

  Result run(SparkSession spark, Config config) {
    String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    Map<String, Long> timings = new LinkedHashMap<>();
    long start = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if (config.assignmentsOut() == null && !jsc.master().startsWith("local")) {
      // OUT is a folder of the driver: executors elsewhere would scatter the per-paper tables over their own disks.
      throw new dev.landscape.io.InputException("--assignments-out is needed on a cluster (master " + jsc.master()
          + "): a folder every executor can write, such as hdfs:///landscape/assignments or s3a://bucket/path");
    }
    HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
    List<String> files;
    try {
      files = CorpusReading.files(config.inputs(), conf.get());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the input: " + e.getMessage(), e);
    }
    Path given = config.train() ? null : ModelFiles.locate(config.model());
    Map<String, Path> protectedInputs = new LinkedHashMap<>();
    if (given != null) {
      protectedInputs.put("--model", given);
    }
    try (ReportFolder folder = ReportFolder.create(config.out(), protectedInputs)) {
      String assignments = config.assignmentsOut() != null ? config.assignmentsOut()
          : folder.dir().resolve("assignments").toUri().toString();
      ReadOptions read = config.settings().read();
      boolean rawCsv = config.settings().outputs().rawCsv();
      int partitions = config.partitions() > 0 ? config.partitions() : jsc.defaultParallelism();
      List<Tuple2<Integer, String>> indexed = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        indexed.add(new Tuple2<>(i, files.get(i)));
      }
      JavaRDD<Placement.Counted> unique = jsc.parallelize(indexed, indexed.size())
          .flatMap(file -> CorpusReading.read(file._1(), file._2(), conf, read))
          .mapToPair(item -> new Tuple2<>(item.key(), new Placement.Counted(item, 1)))
          // No map-side combine: a read task would otherwise hold every paper of its file in a hash map, to merge
          // the few that share an id; the reducers merge them.
          .combineByKey(c -> c, Placement.Counted::first, Placement.Counted::first,
              new org.apache.spark.HashPartitioner(partitions), false, null)
          .values();
      Path modelDir;
      if (config.train()) {
        unique = unique.persist(StorageLevel.MEMORY_AND_DISK_SER()); // read once: drawn from, then placed
        long trainStart = System.nanoTime();
        modelDir = SparkTraining.train(jsc, unique.filter(c -> c.item() instanceof CorpusReading.PaperItem)
            .map(c -> ((CorpusReading.PaperItem) c.item()).paper()),
            config.settings().withOut(folder.dir().resolve(TRAINING)), config.command());
        timings.put("read_draw_and_train", (System.nanoTime() - trainStart) / 1_000_000);
      } else {
        modelDir = given;
      }
      SavedModel model = ModelFiles.read(modelDir);
      Broadcast<ModelFolder> broadcast = jsc.broadcast(ModelFolder.of(modelDir, model));
      // One pass: each task places its partition's papers, writes their CSV part and Parquet file, and sums its
      // totals; only the totals and each input file's statistics come back to the driver.
      // Summed in a tree, so that no more than a few partitions' term counts reach the driver at once.
      PartTotals totals = unique
          .mapPartitionsWithIndex((index, items) -> {
            SavedModel loaded = broadcast.value().load();
            MemberTerms terms = PaperPlacer.termCounts(loaded);
            Iterator<Placement.Out> outs = Placement.place(items, broadcast.value(), rawCsv, terms);
            AssignmentTotals part = new AssignmentTotals(loaded, true);
            long[] duplicates = new long[1];
            List<FileStats> filesRead = new ArrayList<>();
            AssignmentTables.writePart(outs, assignments, index, conf, loaded, p -> {
              part.addProportions(p.paper().csv().row(), p.paper().values().topics());
              duplicates[0] += p.duplicates();
            }, other -> filesRead.add(((Placement.Stats) other).stats()));
            return List.of(new PartTotals(part, terms, duplicates[0], filesRead)).iterator();
          }, false).treeReduce(PartTotals::merge);
      List<FileStats> stats = new ArrayList<>(totals.stats());
      stats.sort(Comparator.comparingInt(FileStats::file));
      unique.unpersist(false);
      timings.put("place_write_and_aggregate", (System.nanoTime() - start) / 1_000_000);
      Map<String, Long> skipped = new LinkedHashMap<>(FileStats.faults(stats));
      // Papers that share an id with one read earlier in another file (each file's own are counted by its reader).
      skipped.merge("duplicate_id", totals.duplicates(), Long::sum);
      List<AggregateManifest.Input> inputs = stats.stream().map(s -> new AggregateManifest.Input(s.name(),
          s.sha256(), s.bytes(), s.records())).toList();
      timings.put("total", (System.nanoTime() - start) / 1_000_000);
      AggregateManifest manifest = Aggregation.write(totals.totals(), totals.terms(), model,
          config.settings().trends(),
          CsvCells.of(rawCsv), folder, new Aggregation.Provenance("landscape-spark", config.command(), startedAt,
              config.train() ? TRAINING + "/model" : config.model().toString(),
              new Aggregation.Read(inputs, skipped, FileStats.examples(stats, 3)), timings,
              dev.landscape.aggregate.PlacementFact.of(MalletInferencer.Settings.defaults(model.seed()))));
      folder.commit();
      long records = stats.stream().mapToLong(FileStats::records).sum();
      long dropped = skipped.entrySet().stream()
          .filter(e -> dev.landscape.corpus.RecordFault.drops(e.getKey()))
          .mapToLong(Map.Entry::getValue).sum();
      return new Result(records, dropped, totals.totals().assigned(), totals.totals().unassignable(), files.size(),
          config.assignmentsOut() != null ? assignments : config.out().resolve("assignments").toString(), manifest,
          timings);
    }
  }
}
