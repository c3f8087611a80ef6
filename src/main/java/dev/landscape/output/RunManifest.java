package dev.landscape.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.landscape.corpus.ReadStats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The provenance of one run, written as {@code run.json}: enough to know exactly what produced a report and to
 * produce it again.
 *
 * @param tool always "landscape"
 * @param version this tool's version
 * @param command the arguments the run was started with
 * @param startedAt when the run started (UTC, ISO-8601)
 * @param input the input file, its checksum and format
 * @param counts records read, skipped by kind, papers and tokens modelled
 * @param settings every setting of the run, defaults included, as {@code landscape report --from} reads them back
 * @param parameters what the settings came to on this corpus (K and why, iterations run, the scaled thresholds), with
 *     the settings in force
 * @param versions the Java runtime and the libraries that did the work
 * @param timingsMs wall time of each stage, in milliseconds
 * @param results headline numbers of the model
 * @param training which papers trained the model: all of them, or a sample with the rest placed by inference
 * @param outputs the files and folders of the report, for people: folders as {@code charts/}
 * @param files every file the run wrote, relative to the report folder: what a later run may replace or remove
 *     (anything else in the folder is the user's and is left alone)
 */
public record RunManifest(
    String tool,
    String version,
    List<String> command,
    String startedAt,
    Input input,
    Counts counts,
    SettingsJson settings,
    RunParameters parameters,
    Map<String, String> versions,
    Map<String, Long> timingsMs,
    Results results,
    Training training,
    List<String> outputs,
    List<String> files) {

  public RunManifest {
    command = List.copyOf(command);
    versions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versions));
    timingsMs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
    outputs = List.copyOf(outputs);
    files = List.copyOf(files);
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
      return new Input(stats.file(), stats.sha256(), stats.bytes(), stats.format().key(), stats.gzipped());
    }
  }

  /**
   * What was read and what was modelled.
   *
   * @param records records in the input
   * @param accepted records that passed the checks
   * @param skipped faults by kind ({@code bad_date} records are kept, dated from their id)
   * @param skipExamples the first examples of each fault, {@code file:line: message}
   * @param datedFromId accepted papers dated from their arXiv id
   * @param undated accepted papers without a usable date
   * @param emptyAfterPreprocessing accepted papers with no token left (only stopwords, numbers or symbols)
   * @param papers papers modelled
   * @param tokens tokens modelled
   * @param vocabulary word types modelled
   * @param rawTokens word tokens before stopwords, repairs, phrases and pruning
   * @param gluedWordsSplit glued word types split into their parts
   * @param phrases phrases found and joined
   */
  public record Counts(
      long records,
      long accepted,
      Map<String, Long> skipped,
      Map<String, List<String>> skipExamples,
      long datedFromId,
      long undated,
      long emptyAfterPreprocessing,
      long papers,
      long tokens,
      long vocabulary,
      long rawTokens,
      long gluedWordsSplit,
      long phrases) {}

  /**
   * Headline numbers.
   *
   * @param topics topics trained
   * @param logLikelihoodPerToken the final model log-likelihood per token
   * @param tokensPerSecond Gibbs sampling throughput
   * @param meanCNpmi mean over topics of c_npmi (top 10 words, over the modelled papers)
   * @param meanUMass mean u_mass
   * @param meanCUci mean c_uci
   * @param meanCV mean c_v
   * @param diversity unique words among all topics' top 25 over 25 K
   * @param flaggedTopics topics with at least one quality flag
   * @param themes per theme: name, kind, topics, papers (primary), share, trend verdict, and for named themes
   *     unused seeds
   * @param trends period length and count, dated and undated papers, or why there are no trends
   */
  public record Results(int topics, double logLikelihoodPerToken, double tokensPerSecond,
      @JsonProperty("mean_c_npmi") double meanCNpmi,
      @JsonProperty("mean_u_mass") double meanUMass,
      @JsonProperty("mean_c_uci") double meanCUci,
      @JsonProperty("mean_c_v") double meanCV,
      double diversity, long flaggedTopics, List<RunSummaries.Theme> themes, RunSummaries.Trends trends) {
    public Results {
      themes = List.copyOf(themes);
    }
  }
}
