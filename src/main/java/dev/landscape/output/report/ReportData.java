package dev.landscape.output.report;

import java.util.List;

/**
 * Everything the report shows, already formatted: the one model behind report.html, report.md and the slides, so
 * they say the same thing. Strings here are raw text; each template engine escapes them for its format.
 *
 * @param title the report's title
 * @param summary headline numbers and findings in sentences
 * @param themes the theme overview, largest first
 * @param topics every topic with its quality
 * @param trends theme trends, or why there are none
 * @param method how the landscape was made, as label-value pairs
 * @param limitations what a reader should keep in mind
 * @param charts the overview charts (file names under charts/), absent ones null
 * @param started when the run started (UTC, ISO-8601), or empty
 */
public record ReportData(String title, String started, Summary summary, List<ThemeView> themes, List<TopicView> topics,
    TrendsView trends, List<Fact> method, List<String> limitations, Charts charts) {

  /** Headline numbers and the findings in plain sentences. */
  public record Summary(String papers, String period, String topics, String themes, List<String> findings) {}

  /**
   * A paper as the report cites it. {@code url} is null when the id is not an arXiv id; {@code shortTitle} is the
   * title cut at a word for tables.
   */
  public record PaperView(String id, String url, String title, String shortTitle, String excerpt, String score) {}

  /** A theme: its overview row and its section. */
  public record ThemeView(String name, String anchor, String kind, String description, String parent, String share,
      String range, boolean unsure, int papers, String trend, String trendDetail, List<String> topTerms,
      String topTermsText, List<String> topics, List<PaperView> representatives, ChartView chart, boolean found) {}

  /** A topic with its quality. */
  public record TopicView(int id, String label, String theme, String share, int papers, String npmi, String cv,
      String exclusivity, String flags, String reasons) {}

  /**
   * Trends, or the reason there are none. {@code verdicts} is false when no theme's rise or fall can be told: the
   * tables then show the shares without a verdict, slope or p column.
   */
  public record TrendsView(boolean available, boolean verdicts, String note, String period, String window,
      List<TrendRow> rows) {}

  /** One theme's trend. */
  public record TrendRow(String theme, String verdict, String slope, String pValue, String first, String last) {}

  /** A label and its value. */
  public record Fact(String label, String value) {}

  /** The overview charts, null when not drawn. */
  public record Charts(ChartView share, ChartView overview, ChartView map, ChartView heatmap, ChartView trends,
      ChartView slopes, ChartView sweep) {}

  /**
   * A chart: its PNG under charts/ (for Markdown and slides) and its SVG as a data URI (for the self-contained
   * HTML page: an image, so nothing in it can run).
   */
  public record ChartView(String png, String svgDataUri, String alt) {}
}
