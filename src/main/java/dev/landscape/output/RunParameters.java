package dev.landscape.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.landscape.corpus.ReadOptions;

/**
 * Every setting that shaped a run, defaults included: {@code parameters} in run.json. Fields that
 * apply only to some runs (a sweep, {@code --iterations auto}) are null otherwise and left out of the JSON.
 *
 * @param topics K, the number of topics trained
 * @param topicsRule how K was chosen: "fixed", the scaling rule, or the sweep's reason
 * @param sweepIterations iterations of each sweep model, when K was swept
 * @param sweepSeeds seeds each sweep candidate was trained with, when swept
 * @param sweepTrainingPapers papers the sweep trained on, when swept
 * @param sweepHeldOutPapers papers the sweep scored on, when swept
 * @param iterations the iterations asked for: a number, or "auto"
 * @param iterationsMax with auto, the most iterations allowed
 * @param iterationsRun with auto, the iterations run
 * @param iterationsStopped with auto, why the sampler stopped
 * @param alphaSum the document-topic prior's sum before optimisation
 * @param beta the topic-word prior
 * @param optimizeInterval iterations between hyperparameter optimisations
 * @param optimizeBurnIn iterations before the first
 * @param threads sampling threads
 * @param seed the random seed
 * @param format the input format read
 * @param onBadRecord what faulty records did: skip or fail
 * @param columns the columns or fields asked for (null: found by their usual names)
 * @param stopwords the stopword lists in force
 * @param keepWords the keep-words file, or null
 * @param phrases whether phrases were detected
 * @param phraseMinCount the least count of a phrase
 * @param phraseThreshold the NPMI a phrase needs
 * @param minDocs the fewest papers a term is kept in
 * @param maxDocs the most papers a term is kept in
 * @param topWords words per topic in topics.csv
 * @param themesFile the themes file, or null without named themes
 * @param seedConfidence how strongly seeds steer the start, with named themes
 * @param seededThemes named themes that started with a topic of their own
 * @param themeMinSeedShare the seed share a topic needs to join a named theme
 * @param themeMinLift how many times their corpus share the seeds must be there
 * @param themeMergeFraction unmatched topics merge below this fraction of the median distance
 * @param mixedMargin a paper is mixed when its two themes are closer than this
 * @param period the trend period asked for: auto, month, quarter or year
 * @param chartScale PNG pixels per chart unit
 * @param rawCsv whether corpus text went into the CSVs as it is
 * @param outputs what was asked to be written ({@code --outputs}: csv, xlsx, charts, report, deck, model)
 * @param chartFormats the charts' formats ({@code --chart-formats})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunParameters(
    int topics,
    String topicsRule,
    Integer sweepIterations,
    Integer sweepSeeds,
    Integer sweepTrainingPapers,
    Integer sweepHeldOutPapers,
    Iterations iterations,
    Integer iterationsMax,
    Integer iterationsRun,
    String iterationsStopped,
    double alphaSum,
    double beta,
    int optimizeInterval,
    int optimizeBurnIn,
    int threads,
    int seed,
    String format,
    String onBadRecord,
    @JsonInclude(JsonInclude.Include.ALWAYS) ReadOptions.Columns columns,
    String stopwords,
    @JsonInclude(JsonInclude.Include.ALWAYS) String keepWords,
    boolean phrases,
    int phraseMinCount,
    double phraseThreshold,
    int minDocs,
    int maxDocs,
    int topWords,
    @JsonInclude(JsonInclude.Include.ALWAYS) String themesFile,
    @JsonInclude(JsonInclude.Include.ALWAYS) Double seedConfidence,
    int seededThemes,
    double themeMinSeedShare,
    double themeMinLift,
    double themeMergeFraction,
    double mixedMargin,
    String period,
    int chartScale,
    boolean rawCsv,
    java.util.List<String> outputs,
    java.util.List<String> chartFormats) {

  /** Whether K was chosen by a sweep. */
  public boolean swept() {
    return sweepIterations != null;
  }

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
