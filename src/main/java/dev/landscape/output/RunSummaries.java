package dev.landscape.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
   * @param count the papers that belong to it and whose primary theme it is
   * @param support for a named theme: learned, topics, weak or absent (null for others)
   * @param trend its trend verdict, when there are trends (null otherwise)
   * @param named for a named theme, its seeds and how sure its share is (null for others)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Theme(String name, String kind, int[] topics, @JsonUnwrapped Count count, String support,
      String trend, @JsonUnwrapped Named named) {}

  /**
   * A theme's papers.
   *
   * @param members papers that belong to it
   * @param papers papers whose primary theme it is
   * @param share members over all papers, rounded to four places
   */
  public record Count(int members, int papers, double share) {}

  /**
   * What only a named theme has.
   *
   * @param missingSeeds its seeds the corpus never uses
   * @param shareRange the least and most share it could be said to hold, rounded to four places
   * @param unsure whether that range is too wide for a headline
   * @param seedWarnings the warnings about its seeds
   */
  public record Named(List<String> missingSeeds, double[] shareRange, boolean unsure, List<String> seedWarnings) {}

  /**
   * The trends, or why there are none.
   *
   * @param available whether there are trends
   * @param coverage which papers the trends could date
   * @param skippedBecause why there are no trends (null when there are)
   * @param span the periods, when there are trends (null otherwise)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Trends(boolean available, @JsonUnwrapped Coverage coverage, String skippedBecause,
      @JsonUnwrapped Span span) {
    /** The summary of {@code trends}, for run.json. */
    public static Trends of(dev.landscape.trends.TrendResult trends) {
      Coverage coverage = new Coverage(trends.dated(), trends.undated(), trends.outside());
      if (!trends.available()) {
        return new Trends(false, coverage, trends.skipped(), null);
      }
      return new Trends(true, coverage, null, new Span(trends.granularity().key(), trends.periods().size(),
          trends.periods().get(0).label(), trends.periods().get(trends.periods().size() - 1).label(),
          trends.periods().stream().filter(p -> p.papers() >= dev.landscape.trends.TrendOptions.MIN_PAPERS).count(),
          dev.landscape.trends.TrendOptions.MIN_PAPERS, trends.whyNoVerdict()));
    }

    /** Why no verdict is given though there are trends, or null (also when there are no trends). */
    public String cannotTell() {
      return span == null ? null : span.cannotTell();
    }
  }

  /**
   * Which papers the trends could date.
   *
   * @param datedPapers papers with a date inside the span
   * @param undatedPapers papers without a usable date
   * @param papersOutsideSpan papers dated far outside the rest, left out
   */
  public record Coverage(int datedPapers, int undatedPapers, int papersOutsideSpan) {}

  /**
   * The periods of the trends.
   *
   * @param period the period length
   * @param periods how many periods
   * @param firstPeriod the first period's label
   * @param lastPeriod the last period's label
   * @param periodsWithEnoughPapers periods with at least {@code minPapersPerPeriod} papers
   * @param minPapersPerPeriod the papers a period needs to count in a slope
   * @param cannotTell why no theme gets a verdict though there are trends, or null when they do
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Span(String period, int periods, String firstPeriod, String lastPeriod, long periodsWithEnoughPapers,
      int minPapersPerPeriod, String cannotTell) {}
}
