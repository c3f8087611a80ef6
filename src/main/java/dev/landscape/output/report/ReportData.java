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
 * @param method how the landscape was made, as label-value pairs, and what a reader should keep in mind
 * @param charts the overview charts (file names under charts/), absent ones null
 * @param started when the run started (UTC, ISO-8601), or empty
 */
public record ReportData(String title, String started, Summary summary, List<ThemeView> themes, List<TopicView> topics,
    TrendsView trends, Method method, Charts charts) {

  /**
   * How the landscape was made and what to keep in mind.
   *
   * @param facts how it was made, as label-value pairs
   * @param limitations what a reader should keep in mind
   */
  public record Method(List<Fact> facts, List<String> limitations) {}

  /** Headline numbers and the findings in plain sentences. */
  public record Summary(String papers, String period, String topics, String themes, List<String> findings) {}

  /**
   * A paper as the report cites it. {@code url} is null when the id is not an arXiv id; {@code shortTitle} is the
   * title cut at a word for tables.
   */
  public record PaperView(String id, String url, String title, String shortTitle, String excerpt, String score) {}

  /**
   * A theme: its overview row and its section.
   *
   * @param name its name
   * @param anchor its section's id in the page
   * @param about its kind, description and parent
   * @param size its share, the range of that share, and its papers
   * @param trend its trend in words
   * @param evidence what shows what it holds: terms, topics, papers, chart
   * @param found whether the corpus supports it (a theme not found has no row or section)
   */
  public record ThemeView(String name, String anchor, About about, Size size, ThemeTrend trend, Evidence evidence,
      boolean found) {}

  /**
   * What a theme is.
   *
   * @param kind named, auto or other
   * @param description its description (empty for a theme found in the data)
   * @param parent the broader area it belongs to, or empty
   */
  public record About(String kind, String description, String parent) {}

  /**
   * How large a theme is.
   *
   * @param share its papers' share of the corpus, formatted
   * @param range for a named theme, the least and most share it could be said to hold; empty otherwise
   * @param unsure whether that range is too wide for a headline
   * @param papers the papers that belong to it
   */
  public record Size(String share, String range, boolean unsure, int papers) {}

  /**
   * A theme's trend in words.
   *
   * @param verdict rising, falling, steady or why not told; empty without trends
   * @param detail the numbers behind it; empty without trends
   */
  public record ThemeTrend(String verdict, String detail) {}

  /**
   * What shows what a theme holds.
   *
   * @param topTerms its most telling terms
   * @param topTermsText the same, joined with commas
   * @param topics its topics, "Topic k: label"
   * @param representatives its most representative papers
   * @param chart its term chart, or null
   */
  public record Evidence(List<String> topTerms, String topTermsText, List<String> topics,
      List<PaperView> representatives, ChartView chart) {}

  /**
   * A topic with its quality.
   *
   * @param id its number
   * @param label its label
   * @param theme the theme it belongs to
   * @param share its share of the tokens, formatted
   * @param papers the papers it leads
   * @param quality its coherence, exclusivity and flags
   */
  public record TopicView(int id, String label, String theme, String share, int papers, TopicQuality quality) {}

  /**
   * A topic's quality, formatted.
   *
   * @param npmi its c_npmi coherence
   * @param cv its c_v coherence
   * @param exclusivity how much its top words are its own
   * @param flags its quality flags, comma-separated
   * @param reasons why each flag was raised
   */
  public record TopicQuality(String npmi, String cv, String exclusivity, String flags, String reasons) {}

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
