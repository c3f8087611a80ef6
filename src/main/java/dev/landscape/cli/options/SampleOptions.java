package dev.landscape.cli.options;

import dev.landscape.sample.TrainingSample;
import picocli.CommandLine.Option;

/** {@code --train-sample} and {@code --sample-by}: training the topics on a sample of the papers. */
public final class SampleOptions {
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

  /**
   * The sample asked for, or null for every paper.
   *
   * @throws IllegalArgumentException naming the option that is wrong
   */
  public TrainingSample sample() {
    return TrainingSample.parse(trainSample, sampleBy);
  }
}
