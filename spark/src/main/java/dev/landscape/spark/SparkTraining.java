package dev.landscape.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.pipeline.Pipeline;
import dev.landscape.pipeline.RunConfig;
import dev.landscape.progress.Progress;
import dev.landscape.sample.SampleDraw;
import dev.landscape.sample.TrainingSample;
import dev.landscape.selection.TopicChoice;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeFile;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.topics.LdaParams;
import dev.landscape.trends.TrendOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * {@code --train-sample} on the cluster: the sample is drawn where the papers are ({@link SampleDraw}, the draw one
 * machine makes, merged over partitions), only the sample comes to the driver, and the driver trains on it with
 * {@code landscape run}'s own {@link Pipeline}, which writes a report of the sample with its model/ into the
 * output's {@code training/} folder. Every paper is then placed on that model.
 */
final class SparkTraining {
  /**
   * How to train.
   *
   * @param topics K, or 0 for K scaled with the size of the whole corpus (as {@code landscape run --train-sample})
   */
  record Settings(TrainingSample sample, int topics, int iterations, int seed, int threads) implements
      java.io.Serializable {}

  private SparkTraining() {}

  /** Draws the sample of {@code papers}, trains on it into {@code out}, and returns the model folder. */
  static Path train(JavaSparkContext jsc, JavaRDD<SparkPaper> papers, Settings settings, Path out,
      boolean rawCsv, List<String> command) {
    TrainingSample sample = settings.sample();
    int seed = settings.seed();
    Map<String, Long> sizes = new HashMap<>(papers.map(p -> sample.stratumOf(p.paper().info())).countByValue());
    long total = sizes.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Long> quotas = SampleDraw.quotas(sample, sizes);
    SampleDraw draw = papers.mapPartitions(part -> {
      SampleDraw mine = new SampleDraw(quotas, seed);
      part.forEachRemaining(p -> mine.offer(sample.stratumOf(p.paper().info()), p.id()));
      return List.of(mine).iterator();
    }).reduce(SampleDraw::merge);
    Broadcast<HashSet<String>> chosen = jsc.broadcast(new HashSet<>(draw.ids()));
    List<SparkPaper> drawn = new ArrayList<>(papers.filter(p -> chosen.value().contains(p.id())).collect());
    drawn.sort(Comparator.comparingInt(SparkPaper::file).thenComparingLong(SparkPaper::ordinal));
    chosen.destroy();
    ThemeOptions themes = new ThemeOptions(ThemeFile.loadDefault(), "(built-in)", ThemeOptions.DEFAULT_CONFIDENCE);
    int k = settings.topics() > 0 ? settings.topics()
        : new TopicChoice.Scaled().topicsFor(Math.toIntExact(total), themes.themes().size());
    try {
      Path dir = Files.createTempDirectory("landscape-sample-");
      Path file = dir.resolve("training-sample.jsonl");
      write(drawn, file);
      new Pipeline(Progress.NONE).run(new RunConfig(file, out, ReadOptions.defaults(),
          TextOptions.defaults(settings.threads()).withSeedPhrases(themes.seedPhrases()), themes, TrendOptions.AUTO,
          new TopicChoice.Fixed(k), 0, 20_000, new LdaParams(k, settings.iterations(), 5.0, 0.01, 20, 50,
              settings.threads(), seed), 1, rawCsv, command, null));
      Files.delete(file);
      Files.delete(dir);
      return out.resolve("model");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the training sample: " + e.getMessage(), e);
    }
  }

  /** The sample as JSON Lines that {@code landscape run} reads back as the same papers. */
  private static void write(List<SparkPaper> papers, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (SparkPaper p : papers) {
        ObjectNode record = json.createObjectNode();
        record.put("id", p.id());
        record.put("title", p.title());
        record.put("abstract", p.abstractText());
        record.put("categories", String.join(" ", p.categories()));
        record.put("update_date", p.paper().info().dateText());
        out.write(json.writeValueAsString(record));
        out.write('\n');
      }
    }
  }
}
