package dev.landscape.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The typed summaries run.json carries under {@code results}, read back by the console and the report. */
public final class RunSummaries {
  private RunSummaries() {}

  /**
   * One theme.
   *
   * @param name its name
   * @param kind named, auto or other
   * @param topics its topics
   * @param members papers that belong to it
   * @param papers papers whose primary theme it is
   * @param share members over all papers, rounded to four places
   * @param support for a named theme: learned, topics, weak or absent (null for others)
   * @param trend its trend verdict, when there are trends (null otherwise)
   * @param missingSeeds for a named theme, its seeds the corpus never uses (null for others)
   * @param shareRange for a named theme, the least and most share it could be said to hold, rounded to four places
   *     (null for others)
   * @param unsure for a named theme, whether that range is too wide for a headline (null for others)
   * @param seedWarnings for a named theme, the warnings about its seeds (null for others)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Theme(String name, String kind, int[] topics, int members, int papers, double share, String support,
      String trend, List<String> missingSeeds, double[] shareRange, Boolean unsure, List<String> seedWarnings) {}

  /**
   * The trends, or why there are none.
   *
   * @param available whether there are trends
   * @param datedPapers papers with a date inside the span
   * @param undatedPapers papers without a usable date
   * @param papersOutsideSpan papers dated far outside the rest, left out
   * @param skippedBecause why there are no trends (null when there are)
   * @param period the period length (null without trends)
   * @param periods how many periods
   * @param firstPeriod the first period's label
   * @param lastPeriod the last period's label
   * @param periodsWithEnoughPapers periods with at least {@code minPapersPerPeriod} papers
   * @param minPapersPerPeriod the papers a period needs to count in a slope
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Trends(boolean available, int datedPapers, int undatedPapers, int papersOutsideSpan,
      String skippedBecause, String period, Integer periods, String firstPeriod, String lastPeriod,
      Long periodsWithEnoughPapers, Integer minPapersPerPeriod, String cannotTell) {
    /** The summary of {@code trends}, for run.json. */
    public static Trends of(dev.landscape.trends.TrendResult trends) {
      if (!trends.available()) {
        return new Trends(false, trends.dated(), trends.undated(), trends.outside(), trends.skipped(), null,
            null, null, null, null, null, null);
      }
      return new Trends(true, trends.dated(), trends.undated(), trends.outside(), null,
          trends.granularity().key(), trends.periods().size(), trends.periods().get(0).label(),
          trends.periods().get(trends.periods().size() - 1).label(),
          trends.periods().stream().filter(p -> p.papers() >= dev.landscape.trends.TrendOptions.MIN_PAPERS).count(),
          dev.landscape.trends.TrendOptions.MIN_PAPERS, trends.whyNoVerdict());
    }
  }
}
