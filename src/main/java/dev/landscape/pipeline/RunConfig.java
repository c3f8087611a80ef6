package dev.landscape.pipeline;

import dev.landscape.corpus.ReadOptions;
import dev.landscape.selection.TopicChoice;
import dev.landscape.selection.TopicRange;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.trends.TrendOptions;
import dev.landscape.topics.LdaParams;
import dev.landscape.publish.OutputSelection;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a run needs to know. Validates itself: a bad value fails here, before any work, with a message that
 * names the option.
 *
 * @param input the corpus file
 * @param out the report folder to (re)place
 * @param read how to read the corpus
 * @param topics how the number of topics is chosen: fixed, scaled with the corpus, or swept
 * @param sweepIterations iterations of each sweep model; 0 means min(100, {@code lda.iterations()})
 * @param sweepSample papers a sweep trains and scores its candidates on, at most
 * @param text text preparation settings, with the seed phrases of {@code themes} ({@link ThemeOptions#seedPhrases})
 *     for a run, or of the run a report is made from
 * @param themes the named themes and how strongly they steer the model
 * @param trends how trends over time are computed
 * @param lda model settings; its topic count is ignored when {@code topics} is {@link #SCALED_TOPICS}
 * @param chartScale PNG pixels per chart unit: 1 for 1920 x 1080, 2 for 4K
 * @param rawCsv write corpus text into CSV cells as it is ({@code --raw-csv}), not neutralized for spreadsheets
 * @param command the arguments as given, recorded in run.json
 * @param trainSample the papers the model trains on when not all of them ({@code --train-sample}): every paper is
 *     then placed on the trained model by inference; null trains on every paper
 * @param outputs which outputs are written, and the charts' formats ({@code --outputs}, {@code --chart-formats})
 */
public record RunConfig(Path input, Path out, ReadOptions read, TextOptions text, ThemeOptions themes,
    TrendOptions trends, TopicChoice topics, int sweepIterations, int sweepSample, LdaParams lda,
    int chartScale, boolean rawCsv, List<String> command, dev.landscape.sample.TrainingSample trainSample,
    OutputSelection outputs) {
  /** Every output, in every chart format. */
  public RunConfig(Path input, Path out, ReadOptions read, TextOptions text, ThemeOptions themes,
      TrendOptions trends, TopicChoice topics, int sweepIterations, int sweepSample, LdaParams lda,
      int chartScale, boolean rawCsv, List<String> command, dev.landscape.sample.TrainingSample trainSample) {
    this(input, out, read, text, themes, trends, topics, sweepIterations, sweepSample, lda, chartScale, rawCsv,
        command, trainSample, OutputSelection.ALL);
  }

  public RunConfig {
    Objects.requireNonNull(outputs, "outputs");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(themes, "themes");
    Objects.requireNonNull(trends, "trends");
    Objects.requireNonNull(lda, "lda");
    command = List.copyOf(command);
    Objects.requireNonNull(topics, "topics");
    if (topics instanceof TopicChoice.Fixed fixed) {
      lda = lda.withTopics(fixed.topics()); // validates the count
    }
    if (chartScale < 1 || chartScale > 4) {
      throw new IllegalArgumentException("--chart-scale must be 1, 2, 3 or 4, found " + chartScale);
    }
    if (sweepSample < 10) {
      throw new IllegalArgumentException("--sweep-sample must be at least 10, found " + sweepSample);
    }
    if (sweepIterations < 0) {
      throw new IllegalArgumentException("--sweep-iterations must be 0 (auto) or more, found " + sweepIterations);
    }
    if (input.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("--out must not be the input file");
    }
  }

  /** The same settings with {@code text} for the text preparation. */
  public RunConfig withText(TextOptions text) {
    return new RunConfig(input, out, read, text, themes, trends, topics, sweepIterations, sweepSample, lda,
        chartScale, rawCsv, command, trainSample, outputs);
  }

  /**
   * The files the run reads, by the option that names them: the report must never replace or remove one of them.
   */
  public java.util.Map<String, Path> inputFiles() {
    java.util.Map<String, Path> files = new java.util.LinkedHashMap<>();
    files.put("--input", input);
    if (themes.source() != null && !themes.source().startsWith("(")) {
      files.put("--themes", Path.of(themes.source()));
    }
    if (text.extraStopwords() != null) {
      files.put("--stopwords", text.extraStopwords());
    }
    if (text.keepWords() != null) {
      files.put("--keep-words", text.keepWords());
    }
    return files;
  }

  /** The range to sweep for {@code papers} papers using {@code namedThemes} named themes, or null. */
  public TopicRange sweepFor(int papers, int namedThemes) {
    return topics.sweepFor(papers, namedThemes);
  }

  /** Iterations of each sweep model. */
  public int sweepIterationsFor() {
    return sweepIterations > 0 ? sweepIterations : Math.min(100, lda.iterations());
  }

  /** The number of topics without a sweep ({@link TopicChoice#topicsFor}). */
  public int topicsFor(int papers, int namedThemes) {
    return topics.topicsFor(papers, namedThemes);
  }
}
