package dev.landscape.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.landscape.corpus.ReadOptions;
import java.util.List;

/**
 * Every setting that shaped a run, defaults included: {@code parameters} in run.json. It is written flat, as run.json
 * always had it (each part's fields unwrapped in order); the parts group what belongs together. Fields that apply
 * only to some runs (a sweep, {@code --iterations auto}) are null otherwise and left out of the JSON.
 *
 * @param model how the topic model was trained
 * @param input how the input was read
 * @param text how the text became tokens
 * @param topWords words per topic in topics.csv
 * @param themes how topics became themes
 * @param period the trend period asked for: auto, month, quarter or year
 * @param outputs what was written and how
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunParameters(
    @JsonUnwrapped Model model,
    @JsonUnwrapped Input input,
    @JsonUnwrapped Text text,
    int topWords,
    @JsonUnwrapped Themes themes,
    String period,
    @JsonUnwrapped Outputs outputs) {

  /** Whether K was chosen by a sweep. */
  public boolean swept() {
    return model.sweep() != null;
  }

  /**
   * How the topic model was trained.
   *
   * @param topics K, the number of topics trained
   * @param topicsRule how K was chosen: "fixed", the scaling rule, or the sweep's reason
   * @param sweep the sweep that chose K, or null when K was not swept
   * @param iterations the iterations asked for: a number, or "auto"
   * @param stop with {@code --iterations auto}, where the sampler stopped; null otherwise
   * @param priors the priors and their optimisation
   * @param threads sampling threads
   * @param seed the random seed
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Model(int topics, String topicsRule, @JsonUnwrapped Sweep sweep, Iterations iterations,
      @JsonUnwrapped AutoStop stop, @JsonUnwrapped Priors priors, int threads, int seed) {}

  /**
   * The sweep that chose K.
   *
   * @param sweepIterations iterations of each sweep model
   * @param sweepSeeds seeds each sweep candidate was trained with
   * @param sweepTrainingPapers papers the sweep trained on
   * @param sweepHeldOutPapers papers the sweep scored on
   */
  public record Sweep(int sweepIterations, int sweepSeeds, int sweepTrainingPapers, int sweepHeldOutPapers) {}

  /**
   * Where {@code --iterations auto} stopped.
   *
   * @param iterationsMax the most iterations allowed
   * @param iterationsRun the iterations run
   * @param iterationsStopped why the sampler stopped
   */
  public record AutoStop(int iterationsMax, int iterationsRun, String iterationsStopped) {}

  /**
   * The priors.
   *
   * @param alphaSum the document-topic prior's sum before optimisation
   * @param beta the topic-word prior
   * @param optimizeInterval iterations between hyperparameter optimisations
   * @param optimizeBurnIn iterations before the first
   */
  public record Priors(double alphaSum, double beta, int optimizeInterval, int optimizeBurnIn) {}

  /**
   * How the input was read.
   *
   * @param format the input format read
   * @param onBadRecord what faulty records did: skip or fail
   * @param columns the columns or fields asked for (null: found by their usual names)
   */
  public record Input(String format, String onBadRecord,
      @JsonInclude(JsonInclude.Include.ALWAYS) ReadOptions.Columns columns) {}

  /**
   * How the text became tokens.
   *
   * @param stopwords the stopword lists in force
   * @param keepWords the keep-words file, or null
   * @param phrases whether phrases were detected
   * @param phraseMinCount the least count of a phrase
   * @param phraseThreshold the NPMI a phrase needs
   * @param minDocs the fewest papers a term is kept in
   * @param maxDocs the most papers a term is kept in
   */
  public record Text(String stopwords, @JsonInclude(JsonInclude.Include.ALWAYS) String keepWords, boolean phrases,
      int phraseMinCount, double phraseThreshold, int minDocs, int maxDocs) {}

  /**
   * How topics became themes.
   *
   * @param themesFile the themes file, or null without named themes
   * @param seedConfidence how strongly seeds steer the start, with named themes (null without)
   * @param seededThemes named themes that started with a topic of their own
   * @param themeMinSeedShare the seed share a topic needs to join a named theme
   * @param themeMinLift how many times their corpus share the seeds must be there
   * @param themeMergeFraction unmatched topics merge below this fraction of the median distance
   * @param mixedMargin a paper is mixed when its two themes are closer than this
   */
  public record Themes(@JsonInclude(JsonInclude.Include.ALWAYS) String themesFile,
      @JsonInclude(JsonInclude.Include.ALWAYS) Double seedConfidence, int seededThemes, double themeMinSeedShare,
      double themeMinLift, double themeMergeFraction, double mixedMargin) {}

  /**
   * What was written and how.
   *
   * @param chartScale PNG pixels per chart unit
   * @param rawCsv whether corpus text went into the CSVs as it is
   * @param outputs what was asked to be written ({@code --outputs}: csv, xlsx, charts, report, deck, model)
   * @param chartFormats the charts' formats ({@code --chart-formats})
   */
  public record Outputs(int chartScale, boolean rawCsv, List<String> outputs, List<String> chartFormats) {}

  /**
   * The iterations asked for, written as run.json always wrote them: a number, or "auto".
   *
   * @param auto whether {@code --iterations auto} was asked for
   * @param count the fixed count (the maximum with auto)
   */
  public record Iterations(boolean auto, int count) {
    @JsonValue
    public Object json() {
      return auto ? "auto" : count;
    }

    @Override
    public String toString() {
      return auto ? "auto" : Integer.toString(count);
    }
  }
}
