package dev.landscape.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.landscape.corpus.ReadStats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The provenance of one run, written as {@code run.json}: enough to know exactly what produced a report and to
 * produce it again. Written flat, in the order run.json always had (each part's fields unwrapped in place).
 *
 * @param origin the tool, its version, the command and when it started
 * @param input the input file, its checksum and format
 * @param counts records read, skipped by kind, papers and tokens modelled
 * @param setup the settings, what they came to on this corpus, and the versions that did the work
 * @param timingsMs wall time of each stage, in milliseconds
 * @param results headline numbers of the model
 * @param training which papers trained the model: all of them, or a sample with the rest placed by inference
 * @param written the files and folders the run wrote
 */
public record RunManifest(
    @JsonUnwrapped Origin origin,
    Input input,
    Counts counts,
    @JsonUnwrapped Setup setup,
    Map<String, Long> timingsMs,
    Results results,
    Training training,
    @JsonUnwrapped Written written) {

  public RunManifest {
    timingsMs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
  }

  /** The settings in force as run.json records them under {@code parameters}. */
  public RunParameters parameters() {
    return setup.parameters();
  }

  /** The run's start, as its origin says. */
  public String startedAt() {
    return origin.startedAt();
  }

  /**
   * Who made the run, and how it was started.
   *
   * @param tool always "landscape"
   * @param version this tool's version
   * @param command the arguments the run was started with
   * @param startedAt when the run started (UTC, ISO-8601)
   */
  public record Origin(String tool, String version, List<String> command, String startedAt) {
    public Origin {
      command = List.copyOf(command);
    }
  }

  /**
   * What the run was set to do and what did it.
   *
   * @param settings every setting of the run, defaults included, as {@code landscape report --from} reads them back
   * @param parameters what the settings came to on this corpus (K and why, iterations run, the scaled thresholds),
   *     with the settings in force
   * @param versions the Java runtime and the libraries that did the work
   */
  public record Setup(SettingsJson settings, RunParameters parameters, Map<String, String> versions) {
    public Setup {
      versions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versions));
    }
  }

  /**
   * What the run wrote.
   *
   * @param outputs the files and folders of the report, for people: folders as {@code charts/}
   * @param files every file the run wrote, relative to the report folder: what a later run may replace or remove
   *     (anything else in the folder is the user's and is left alone)
   */
  public record Written(List<String> outputs, List<String> files) {
    public Written {
      outputs = List.copyOf(outputs);
      files = List.copyOf(files);
    }
  }

  /**
   * Which papers trained the model.
   *
   * @param papers papers the topic model was trained on
   * @param of papers modelled in all
   * @param sample how they were drawn: "all papers", or the {@code --train-sample} draw
   * @param seed the seed of the draw, or null when every paper trained the model
   * @param ids the report file listing the training papers, or null when every paper trained the model
   * @param placement how every paper got its topics: "training" (the final sweeps of training), or the inference
   *     that placed every paper on the model trained on the sample
   */
  public record Training(long papers, long of, String sample, Integer seed, String ids, String placement) {}

  /** The input file. */
  public record Input(String path, String sha256, long bytes, String format, boolean gzipped) {
    public static Input of(ReadStats stats) {
      ReadStats.Source file = stats.source();
      return new Input(file.file(), file.sha256(), file.bytes(), file.format().key(), file.gzipped());
    }
  }

  /**
   * What was read and what was modelled.
   *
   * @param read the records read, accepted, skipped and dated
   * @param modelled the papers, tokens and words modelled
   * @param prepared what preparing the text did
   */
  public record Counts(@JsonUnwrapped Read read, @JsonUnwrapped Modelled modelled, @JsonUnwrapped Prepared prepared) {}

  /**
   * The records read.
   *
   * @param records records in the input
   * @param accepted records that passed the checks
   * @param skipped faults by kind ({@code bad_date} records are kept, dated from their id)
   * @param skipExamples the first examples of each fault, {@code file:line: message}
   * @param datedFromId accepted papers dated from their arXiv id
   * @param undated accepted papers without a usable date
   */
  public record Read(long records, long accepted, Map<String, Long> skipped, Map<String, List<String>> skipExamples,
      long datedFromId, long undated) {}

  /**
   * What was modelled.
   *
   * @param emptyAfterPreprocessing accepted papers with no token left (only stopwords, numbers or symbols)
   * @param papers papers modelled
   * @param tokens tokens modelled
   * @param vocabulary word types modelled
   */
  public record Modelled(long emptyAfterPreprocessing, long papers, long tokens, long vocabulary) {}

  /**
   * What preparing the text did.
   *
   * @param rawTokens word tokens before stopwords, repairs, phrases and pruning
   * @param gluedWordsSplit glued word types split into their parts
   * @param phrases phrases found and joined
   */
  public record Prepared(long rawTokens, long gluedWordsSplit, long phrases) {}

  /**
   * Headline numbers.
   *
   * @param fit the model's size, fit and speed
   * @param coherence the mean coherence of its topics
   * @param diversity unique words among all topics' top 25 over 25 K
   * @param flaggedTopics topics with at least one quality flag
   * @param themes per theme: name, kind, topics, papers (primary), share, trend verdict, and for named themes
   *     unused seeds
   * @param trends period length and count, dated and undated papers, or why there are no trends
   */
  public record Results(@JsonUnwrapped Fit fit, @JsonUnwrapped MeanCoherence coherence, double diversity,
      long flaggedTopics, List<RunSummaries.Theme> themes, RunSummaries.Trends trends) {
    public Results {
      themes = List.copyOf(themes);
    }
  }

  /**
   * The model's size, fit and speed.
   *
   * @param topics topics trained
   * @param logLikelihoodPerToken the final model log-likelihood per token
   * @param tokensPerSecond Gibbs sampling throughput
   */
  public record Fit(int topics, double logLikelihoodPerToken, double tokensPerSecond) {}

  /**
   * Means over topics of their coherence (top 10 words, over the modelled papers).
   *
   * @param meanCNpmi c_npmi
   * @param meanUMass u_mass
   * @param meanCUci c_uci
   * @param meanCV c_v
   */
  public record MeanCoherence(@JsonProperty("mean_c_npmi") double meanCNpmi,
      @JsonProperty("mean_u_mass") double meanUMass,
      @JsonProperty("mean_c_uci") double meanCUci,
      @JsonProperty("mean_c_v") double meanCV) {}
}
