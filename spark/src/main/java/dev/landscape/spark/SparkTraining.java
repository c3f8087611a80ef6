package dev.landscape.spark;

import dev.landscape.corpus.CorpusSource;
import dev.landscape.corpus.Paper;
import dev.landscape.pipeline.Pipeline;
import dev.landscape.pipeline.RunSettings;
import dev.landscape.progress.Progress;
import dev.landscape.sample.SampleDraw;
import dev.landscape.sample.TrainingSample;
import dev.landscape.selection.TopicChoice;
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
 * {@code landscape run}'s own {@link Pipeline}, handed over in memory, which writes a report of the sample with its
 * model/ into the output's {@code training/} folder. Every paper is then placed on that model.
 */
final class SparkTraining {
  private SparkTraining() {}

  /**
   * Draws the sample {@code settings} asks for from {@code papers}, trains on it into {@code settings}' report folder
   * as {@code landscape run --train-sample} would (a scaled K follows the whole corpus), and returns the model
   * folder.
   */
  static Path train(JavaSparkContext jsc, JavaRDD<SparkPaper> papers, RunSettings settings, List<String> command) {
    TrainingSample sample = settings.topics().trainSample();
    int seed = settings.lda().seed();
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
    int k = settings.topicsFor(Math.toIntExact(total), settings.themes().themes().size());
    RunSettings.Topics topics = settings.topics();
    RunSettings fixed = new RunSettings(settings.corpus(), settings.text(), new RunSettings.Topics(
        new TopicChoice.Fixed(k), topics.lda(), topics.sweepIterations(), topics.sweepSample(), null),
        settings.themes(), settings.trends(), settings.outputs());
    List<Paper> sampled = drawn.stream().map(SparkPaper::paper).toList();
    new Pipeline(Progress.NONE).run(fixed, CorpusSource.of("the training sample drawn on the cluster ("
        + sampled.size() + " papers)", sampled), command);
    return settings.out().resolve("model");
  }
}
