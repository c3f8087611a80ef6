package dev.landscape.pipeline;

import dev.landscape.corpus.ReadOptions;
import dev.landscape.publish.OutputSelection;
import dev.landscape.sample.TrainingSample;
import dev.landscape.selection.TopicChoice;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.topics.LdaParams;
import dev.landscape.trends.TrendOptions;
import java.nio.file.Path;
import java.util.List;

/** Run settings for tests, in one call: every output, in every chart format. */
public final class Settings {
  /** The command line tests record in run.json. */
  public static final List<String> COMMAND = List.of("landscape", "run");

  private Settings() {}

  public static RunSettings of(Path input, Path out, ReadOptions read, TextOptions text, ThemeOptions themes,
      TrendOptions trends, TopicChoice topics, int sweepIterations, int sweepSample, LdaParams lda, int chartScale,
      boolean rawCsv, TrainingSample sample) {
    return new RunSettings(new RunSettings.Corpus(input, read), text,
        new RunSettings.Topics(topics, lda, sweepIterations, sweepSample, sample), themes, trends,
        new RunSettings.Outputs(out, chartScale, rawCsv, OutputSelection.ALL));
  }
}
