package dev.landscape.output;

import dev.landscape.corpus.ReadOptions;
import java.util.List;

/**
 * A run's settings as run.json records them ({@code settings}) and {@code landscape report --from} reads them back:
 * every setting, defaults included, in the words of the command line (a value reads as the option would take it).
 * Paths of files are absolute, so that they name the same files from any folder.
 *
 * @param corpus the corpus file and how it was read
 * @param text text preparation
 * @param topics the topic model
 * @param themes the named themes, whole
 * @param period the trend period: auto, month, quarter or year
 * @param outputs the report folder and what was written into it
 */
public record SettingsJson(Corpus corpus, Text text, Topics topics, Themes themes, String period, Outputs outputs) {
  /**
   * How the corpus was read.
   *
   * @param input the corpus file
   * @param format auto, viewer, jsonl, csv or tsv
   * @param onBadRecord skip or fail
   * @param columns the columns or fields asked for (null: found by their usual names)
   * @param maxRecordChars the longest record read, in characters
   * @param readThreads threads that parsed JSON Lines
   */
  public record Corpus(String input, String format, String onBadRecord, ReadOptions.Columns columns,
      long maxRecordChars, int readThreads) {}

  /**
   * Text preparation.
   *
   * @param stopwords the file of extra stopwords ({@code --stopwords}), or null
   * @param keepWords the file of words never dropped ({@code --keep-words}), or null
   * @param phrases whether collocations were found and joined
   * @param phraseMinCount {@code --phrase-min-count} (0: scaled)
   * @param phraseThreshold {@code --phrase-threshold}
   * @param minDocs {@code --min-docs} (0: scaled)
   * @param maxDocFraction {@code --max-doc-fraction} (0: scaled)
   * @param threads threads that prepared the text
   */
  public record Text(String stopwords, String keepWords, boolean phrases, int phraseMinCount, double phraseThreshold,
      int minDocs, double maxDocFraction, int threads) {}

  /**
   * The topic model.
   *
   * @param topics {@code --topics}: a number (0: scaled), FROM:TO:STEP or auto
   * @param model the sampler's settings
   * @param sweep a sweep's settings (used when {@code topics} asks for a sweep)
   * @param trainSample the training sample, or null when every paper trained the model
   */
  public record Topics(String topics, Model model, Sweep sweep, Sample trainSample) {}

  /**
   * The sampler.
   *
   * @param iterations a number, or auto
   * @param alpha the sum of the document-topic prior
   * @param beta the topic-word prior
   * @param optimizeInterval {@code --optimize-interval}
   * @param optimizeBurnIn {@code --optimize-burn-in}
   * @param threads sampling threads
   * @param seed the random seed
   */
  public record Model(String iterations, double alpha, double beta, int optimizeInterval, int optimizeBurnIn,
      int threads, int seed) {}

  /**
   * A sweep over K.
   *
   * @param iterations {@code --sweep-iterations} (0: min(100, iterations))
   * @param sample {@code --sweep-sample}
   */
  public record Sweep(int iterations, int sample) {}

  /**
   * {@code --train-sample} and {@code --sample-by}.
   *
   * @param size papers (a whole number) or a fraction
   * @param by uniform or month
   */
  public record Sample(String size, String by) {}

  /**
   * The named themes.
   *
   * @param source where they came from, as the user named it (the themes file, "(built-in)"); null without named
   *     themes. Only told, never read again: the themes are recorded whole
   * @param seedConfidence {@code --seed-confidence}
   * @param themes every named theme as the file had it
   */
  public record Themes(String source, double seedConfidence, List<Theme> themes) {}

  /**
   * One named theme, as the themes file wrote it.
   *
   * @param name its name
   * @param description its description
   * @param parent its parent, or null
   * @param seeds its seeds
   * @param was its former names ({@code was:})
   * @param topics the topics put in it by hand ({@code topics:})
   */
  public record Theme(String name, String description, String parent, List<String> seeds, List<String> was,
      List<Integer> topics) {}

  /**
   * What was written.
   *
   * @param out the report folder
   * @param chartScale {@code --chart-scale}
   * @param rawCsv {@code --raw-csv}
   * @param outputs {@code --outputs}, as names
   * @param chartFormats {@code --chart-formats}
   */
  public record Outputs(String out, int chartScale, boolean rawCsv, List<String> outputs, List<String> chartFormats) {}
}
