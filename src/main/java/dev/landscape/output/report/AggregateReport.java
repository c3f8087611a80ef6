package dev.landscape.output.report;

import java.util.List;
import java.util.Locale;

/**
 * What the report of a landscape aggregated from assignment rows says ({@code landscape aggregate}, the Spark job):
 * the largest theme, the trend finding, every theme's counts, the trend verdicts, the charts and how it was made,
 * every sentence built from the numbers it states. It has no topics, terms or papers to explore: rows do not carry
 * them, and the report says so.
 *
 * @param title the report's title
 * @param headline the largest supported theme and its share, or that no theme has papers enough
 * @param trend the trend finding ({@code TrendStory}): who rose or fell, that none did, or why it cannot tell
 * @param themes every theme, largest share first
 * @param trends each theme's first and last share and verdict, or empty when there are no trends
 * @param charts the charts drawn, by file
 * @param facts how it was made
 * @param limits what this report cannot tell
 */
public record AggregateReport(String title, String headline, String trend, List<ThemeRow> themes,
    List<TrendRow> trends, List<Chart> charts, List<ReportData.Fact> facts, List<String> limits) {
  public AggregateReport {
    themes = List.copyOf(themes);
    trends = List.copyOf(trends);
    charts = List.copyOf(charts);
    facts = List.copyOf(facts);
    limits = List.copyOf(limits);
  }

  /** A theme: its counts as themes.csv has them, the share printed as the tables print it. */
  public record ThemeRow(String name, String kind, String members, String primary, String share, String terms,
      String representatives) {
    /** {@code terms}: its leading terms, none when they are not known. */
    public static ThemeRow of(String name, String kind, long members, long primary, double share,
        List<String> terms, List<String> representatives) {
      return new ThemeRow(name, kind, String.format(Locale.ROOT, "%,d", members),
          String.format(Locale.ROOT, "%,d", primary), ShareFormat.percent(share), String.join(", ", terms),
          String.join(", ", representatives));
    }
  }

  /** A theme's trend: first and last share of the span and the verdict in words. */
  public record TrendRow(String name, String first, String last, String verdict) {
    public static TrendRow of(String name, double first, double last, String verdict) {
      return new TrendRow(name, Double.isNaN(first) ? "" : ShareFormat.percent(first),
          Double.isNaN(last) ? "" : ShareFormat.percent(last), verdict);
    }
  }

  /** A chart: its PNG file, relative to the report, and its title. */
  public record Chart(String file, String title) {}

  public boolean hasTrends() {
    return !trends.isEmpty();
  }

  public boolean hasCharts() {
    return !charts.isEmpty();
  }
}
