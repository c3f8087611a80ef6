package dev.landscape.pipeline;

import dev.landscape.corpus.ReadOptions;
import dev.landscape.publish.OutputSelection;
import dev.landscape.sample.TrainingSample;
import dev.landscape.selection.TopicChoice;
import dev.landscape.selection.TopicRange;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.topics.LdaParams;
import dev.landscape.trends.TrendOptions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every setting of a run, as one tree: the corpus and how to read it, text preparation, the topic model, the named
 * themes, trends, and what is written where. Built by {@code landscape run} (and the Spark command) from their
 * options, validated here and by the records it holds (a bad value fails before any work, with a message naming
 * the option), written to run.json as {@code settings} ({@link SettingsJson}) and read back from there by
 * {@code landscape report --from}, which renders a report again from what a run recorded, never from a command line.
 *
 * @param corpus the corpus file and how to read it
 * @param text text preparation, with the seed phrases of {@code themes} ({@link ThemeOptions#seedPhrases}) for a
 *     run, or of the run a report is made from
 * @param topics the topic model: how K is chosen, its settings, the sweep, the training sample
 * @param themes the named themes and how strongly they steer the model
 * @param trends how trends over time are computed
 * @param outputs the report folder and what is written into it
 */
public record RunSettings(Corpus corpus, TextOptions text, Topics topics, ThemeOptions themes, TrendOptions trends,
    Outputs outputs) {
  /**
   * The corpus.
   *
   * @param input the corpus file
   * @param read how to read it
   */
  public record Corpus(Path input, ReadOptions read) {
    public Corpus {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(read, "read");
    }
  }

  /**
   * The topic model.
   *
   * @param choice how the number of topics is chosen: fixed, scaled with the corpus, or swept
   * @param lda model settings; its topic count is a placeholder unless {@code choice} is fixed
   * @param sweepIterations iterations of each sweep model; 0 means min(100, {@code lda.iterations()})
   * @param sweepSample papers a sweep trains and scores its candidates on, at most
   * @param trainSample the papers the model trains on when not all of them ({@code --train-sample}): every paper is
   *     then placed on the trained model by inference; null trains on every paper
   */
  public record Topics(TopicChoice choice, LdaParams lda, int sweepIterations, int sweepSample,
      TrainingSample trainSample) {
    public Topics {
      Objects.requireNonNull(choice, "topics");
      Objects.requireNonNull(lda, "lda");
      if (choice instanceof TopicChoice.Fixed fixed) {
        lda = lda.withTopics(fixed.topics()); // validates the count
      }
      if (sweepSample < 10) {
        throw new IllegalArgumentException("--sweep-sample must be at least 10, found " + sweepSample);
      }
      if (sweepIterations < 0) {
        throw new IllegalArgumentException("--sweep-iterations must be 0 (auto) or more, found " + sweepIterations);
      }
    }
  }

  /**
   * What is written, where.
   *
   * @param out the report folder to (re)place
   * @param chartScale PNG pixels per chart unit: 1 for 1920 x 1080, 2 for 4K
   * @param rawCsv write corpus text into CSV cells as it is ({@code --raw-csv}), not neutralized for spreadsheets
   * @param selection which outputs are written, and the charts' formats ({@code --outputs}, {@code --chart-formats})
   */
  public record Outputs(Path out, int chartScale, boolean rawCsv, OutputSelection selection) {
    public Outputs {
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(selection, "outputs");
      if (chartScale < 1 || chartScale > 4) {
        throw new IllegalArgumentException("--chart-scale must be 1, 2, 3 or 4, found " + chartScale);
      }
    }
  }

  public RunSettings {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(themes, "themes");
    Objects.requireNonNull(trends, "trends");
    Objects.requireNonNull(outputs, "outputs");
    if (corpus.input().toAbsolutePath().normalize().equals(outputs.out().toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("--out must not be the input file");
    }
  }

  public Path input() {
    return corpus.input();
  }

  public ReadOptions read() {
    return corpus.read();
  }

  public Path out() {
    return outputs.out();
  }

  public LdaParams lda() {
    return topics.lda();
  }

  /** The same settings with {@code text} for the text preparation. */
  public RunSettings withText(TextOptions text) {
    return new RunSettings(corpus, text, topics, themes, trends, outputs);
  }

  /** The same settings with the named themes {@code themes}. */
  public RunSettings withThemes(ThemeOptions themes) {
    return new RunSettings(corpus, text, topics, themes, trends, outputs);
  }

  /** The same settings writing into {@code out}. */
  public RunSettings withOut(Path out) {
    return new RunSettings(corpus, text, topics, themes, trends,
        new Outputs(out, outputs.chartScale(), outputs.rawCsv(), outputs.selection()));
  }

  /** The same settings reading the corpus from {@code input}. */
  public RunSettings withInput(Path input) {
    return new RunSettings(new Corpus(input, corpus.read()), text, topics, themes, trends, outputs);
  }

  /**
   * The files the run reads, by the option that names them: the report must never replace or remove one of them.
   */
  public Map<String, Path> inputFiles() {
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("--input", corpus.input());
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
    return topics.choice().sweepFor(papers, namedThemes);
  }

  /** Iterations of each sweep model. */
  public int sweepIterationsFor() {
    return topics.sweepIterations() > 0 ? topics.sweepIterations() : Math.min(100, topics.lda().iterations());
  }

  /** The number of topics without a sweep ({@link TopicChoice#topicsFor}). */
  public int topicsFor(int papers, int namedThemes) {
    return topics.choice().topicsFor(papers, namedThemes);
  }
}
