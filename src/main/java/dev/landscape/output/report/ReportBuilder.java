package dev.landscape.output.report;

import dev.landscape.corpus.ArxivIds;
import dev.landscape.corpus.PaperInfo;
import dev.landscape.output.PaperText;
import dev.landscape.output.RunManifest;
import dev.landscape.output.explorer.ThemeScores;
import dev.landscape.progress.Counts;
import dev.landscape.quality.QualityReport;
import dev.landscape.quality.TopicQuality;
import dev.landscape.themes.PaperThemes;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
import dev.landscape.themes.ThemeRule;
import dev.landscape.topics.Topic;
import dev.landscape.trends.TrendFit;
import dev.landscape.trends.TrendOptions;
import dev.landscape.trends.TrendResult;
import dev.landscape.trends.TrendStory;
import dev.landscape.trends.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a run's results into {@link ReportData}: the numbers formatted as in the CSVs, findings as sentences. */
public final class ReportBuilder {
  /** Characters of an abstract shown under a representative paper. */
  static final int EXCERPT = 300;
  /** Characters of a title shown in a table. */
  static final int SHORT_TITLE = 90;
  /** A corpus smaller than this gets a limitation note. */
  static final int SMALL_CORPUS = 1_000;

  private final RunManifest manifest;
  private final List<PaperInfo> papers;
  private final List<Topic> topics;
  private final QualityReport quality;
  private final ThemeResult themes;
  private final TrendResult trends;
  private final Map<String, String> abstracts;
  private final dev.landscape.output.charts.ChartIndex charts;

  /**
   * @param abstracts abstracts of the representative papers, by id
   * @param charts the charts the run drew
   */
  public ReportBuilder(RunManifest manifest, List<PaperInfo> papers, List<Topic> topics, QualityReport quality,
      ThemeResult themes, TrendResult trends, Map<String, String> abstracts,
      dev.landscape.output.charts.ChartIndex charts) {
    this.manifest = manifest;
    this.papers = papers;
    this.topics = topics;
    this.quality = quality;
    this.themes = themes;
    this.trends = trends;
    this.abstracts = abstracts;
    this.charts = charts;
  }

  /** The ids of every theme's representative papers: the abstracts the report needs. */
  public static java.util.Set<String> representativeIds(ThemeResult themes, List<PaperInfo> papers) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Theme theme : themes.themes()) {
      if (theme.topics().length > 0) {
        themes.papers().representatives(theme.id()).forEach(d -> ids.add(papers.get(d).id()));
      }
    }
    return ids;
  }

  /** Whether some named theme's members were learned from its seeds' carriers. */
  private boolean anyLearned() {
    for (boolean learned : themes.membership().learned()) {
      if (learned) {
        return true;
      }
    }
    return false;
  }

  public ReportData build() {
    List<ReportData.ThemeView> views = themeViews();
    return new ReportData("Research landscape of "
        + dev.landscape.io.ControlCharacters.visible(String.valueOf(Path.of(manifest.input().path()).getFileName())),
        manifest.startedAt() == null ? "" : manifest.startedAt(), summary(views),
        views, topicViews(), trendsView(), new ReportData.Method(MethodFacts.method(manifest),
            MethodFacts.limitations(manifest, papers.size(), quality, trends, anyLearned())), chartFiles());
  }

  private ReportData.Summary summary(List<ReportData.ThemeView> views) {
    List<ReportData.ThemeView> found = views.stream().filter(ReportData.ThemeView::found).toList();
    List<String> findings = new ArrayList<>();
    String period = period();
    findings.add(String.format(Locale.ROOT, "%,d papers%s, modelled as %d topics grouped into %d themes.",
        papers.size(), period.isEmpty() ? "" : " from " + period, topics.size(), found.size()));
    // The headline rests on the largest theme whose count is sure; a larger unsure one is named as such.
    java.util.Optional<ReportData.ThemeView> sure = found.stream().filter(v -> !v.size().unsure()).findFirst();
    List<ReportData.ThemeView> larger = found.stream().takeWhile(v -> v.size().unsure()).toList();
    if (sure.isPresent()) {
      ReportData.ThemeView top = sure.get();
      findings.add(String.format(Locale.ROOT, "The largest theme %s %s: %s of the corpus, %s, led by %s.",
          larger.isEmpty() ? "is" : "whose count is sure is", top.name(), top.size().share(),
          Counts.of(top.size().papers(), "paper"), lead(top.evidence().topTerms())));
    }
    for (ReportData.ThemeView unsure : larger) {
      if (themes.diagnostics().tooCommon(themeIndex(unsure))) {
        findings.add(String.format(Locale.ROOT, "%s holds %s of the corpus, but its count is unsure: a seed of it is "
            + "a word too many papers use to mark a theme (seeds.csv).", unsure.name(), unsure.size().share()));
      } else if (sure.isPresent()) {
        findings.add(String.format(Locale.ROOT, "%s may be larger, but its count is unsure: %s of the corpus, from %s "
            + "by how plainly its papers name it.", unsure.name(), unsure.size().share(), unsure.size().range()));
      } else {
        findings.add(String.format(Locale.ROOT, "%s holds %s of the corpus, but its count is unsure: from %s by how "
            + "plainly its papers name it.", unsure.name(), unsure.size().share(), unsure.size().range()));
      }
    }
    findings.add(TrendStory.finding(trends));
    long flagged = quality.topics().stream().filter(q -> !q.flags().isEmpty()).count();
    findings.add(flagged == 0 ? "No topic is flagged as low quality."
        : String.format(Locale.ROOT, "%d of %d topics are flagged as low quality; see Topics before quoting them.",
            flagged, topics.size()));
    List<String> missing = new ArrayList<>();
    List<String> weak = new ArrayList<>();
    for (Theme theme : themes.themes()) {
      if (theme.kind() == Theme.Kind.NAMED) {
        switch (themes.support(theme.id())) {
          case ABSENT -> missing.add(theme.name());
          case WEAK -> weak.add(theme.name());
          default -> { }
        }
      }
    }
    if (!missing.isEmpty()) {
      findings.add("Named themes not found in this corpus (no paper names their seeds): " + String.join(", ", missing)
          + ".");
    }
    if (!weak.isEmpty()) {
      findings.add("Named themes too weakly supported to report (fewer than " + ThemeRule.MIN_EXAMPLES_TO_LEARN
          + " papers name their seeds): " + String.join(", ", weak) + ".");
    }
    return new ReportData.Summary(String.format(Locale.ROOT, "%,d", papers.size()), period,
        Integer.toString(topics.size()), Integer.toString(found.size()), findings);
  }

  private String period() {
    java.util.Optional<java.time.LocalDate> first = papers.stream().map(PaperInfo::date)
        .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder());
    java.util.Optional<java.time.LocalDate> last = papers.stream().map(PaperInfo::date)
        .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder());
    return first.isEmpty() ? "" : first.get().toString().substring(0, 7) + " to " + last.get().toString()
        .substring(0, 7);
  }

  private List<ReportData.ThemeView> themeViews() {
    PaperThemes assigned = themes.papers();
    List<ReportData.ThemeView> views = new ArrayList<>();
    for (Theme theme : themes.themes()) {
      // A theme carries a row, a chart and a headline only when the corpus supports it: members, and for a named
      // theme enough papers naming its seeds to learn from.
      boolean found = themes.supported(theme.id());
      List<ReportData.PaperView> representatives = new ArrayList<>();
      if (found) {
        for (int d : assigned.representatives(theme.id())) {
          representatives.add(paper(papers.get(d), ThemeScores.score(themes, d, theme.id())));
        }
      }
      String trend = "";
      String trendDetail = "";
      if (trends.available()) {
        TrendResult.Series series = trends.themes().get(theme.id());
        trend = series.fit().verdict().words();
        trendDetail = TrendStory.detail(series, trends.mix().isPresent());
      }
      List<String> topicNames = java.util.Arrays.stream(theme.topics())
          .mapToObj(k -> "Topic " + k + ": " + topics.get(k).label()).toList();
      ReportData.ChartView chart = chart("terms-theme-" + theme.id(), "Most relevant terms of " + theme.name());
      String range = "";
      if (theme.kind() == Theme.Kind.NAMED) {
        double[] between = themes.shareRange(theme.id());
        range = ShareFormat.percent(between[0]) + " to " + ShareFormat.percent(between[1]);
      }
      List<String> topTerms = theme.topTerms().stream().limit(8).toList();
      views.add(new ReportData.ThemeView(theme.name(), "theme-" + theme.id(),
          new ReportData.About(theme.kind().key(), theme.description(), theme.parent() == null ? "" : theme.parent()),
          new ReportData.Size(ShareFormat.percent(assigned.share(theme.id())), range, themes.unsure(theme.id()),
              assigned.members(theme.id())),
          new ReportData.ThemeTrend(trend, trendDetail),
          new ReportData.Evidence(topTerms, String.join(", ", topTerms), topicNames, representatives, chart),
          found));
    }
    views.sort(Comparator.comparing((ReportData.ThemeView v) -> !v.found())
        .thenComparingDouble(v -> -assigned.share(themeIndex(v))).thenComparing(ReportData.ThemeView::anchor));
    return views;
  }

  private static int themeIndex(ReportData.ThemeView view) {
    return Integer.parseInt(view.anchor().substring("theme-".length()));
  }

  private ReportData.PaperView paper(PaperInfo info, double weight) {
    String abstractText = abstracts.getOrDefault(info.id(), "");
    String excerpt = cut(PaperText.clean(abstractText), EXCERPT);
    String title = PaperText.title(info.title(), abstractText);
    return new ReportData.PaperView(info.id(), ArxivIds.isArxivId(info.id()) ? "https://arxiv.org/abs/" + info.id()
        : null, title, cut(title, SHORT_TITLE), excerpt, Double.isNaN(weight) ? "" : ShareFormat.number(weight, 2));
  }

  /** {@code text} cut at the last space before {@code length} characters, with an ellipsis, when longer. */
  static String cut(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int space = text.lastIndexOf(' ', length);
    return text.substring(0, space > 0 ? space : length) + " …";
  }

  private List<ReportData.TopicView> topicViews() {
    List<ReportData.TopicView> views = new ArrayList<>();
    for (Topic topic : topics) {
      TopicQuality q = quality.topics().get(topic.id());
      views.add(new ReportData.TopicView(topic.id(), topic.label(), themes.themeOfTopic(topic.id()).name(),
          ShareFormat.percent(topic.tokenShare()), topic.dominantPapers(), new ReportData.TopicQuality(
              ShareFormat.number(q.coherence().npmi(), 3), ShareFormat.number(q.coherence().cv(), 3),
              ShareFormat.number(q.exclusivity(), 2), String.join(", ", q.flags()), String.join(" ", q.reasons()))));
    }
    return views;
  }

  private ReportData.TrendsView trendsView() {
    if (!trends.available()) {
      return new ReportData.TrendsView(false, false, "No trends: " + trends.skipped() + ".", "", "", List.of());
    }
    List<ReportData.TrendRow> rows = new ArrayList<>();
    for (TrendResult.Series s : trends.themes()) {
      if (themes.themes().get(s.id()).topics().length == 0) {
        continue;
      }
      TrendFit fit = s.fit();
      rows.add(new ReportData.TrendRow(s.name(), fit.verdict().words(),
          Double.isNaN(fit.slopePerYear()) ? "" : String.format(Locale.ROOT, "%+.1f", 100 * fit.slopePerYear()),
          Double.isNaN(fit.pValue()) ? "" : String.format(Locale.ROOT, "%.2g", fit.pValue()),
          ShareFormat.percent(fit.firstShare()), ShareFormat.percent(fit.lastShare())));
    }
    long enough = trends.periods().stream().filter(p -> p.papers() >= TrendOptions.MIN_PAPERS).count();
    String note = String.format(Locale.ROOT, "Shares per %s from %s to %s (%d periods, %d with at least %d papers)%s.",
        trends.granularity().key(), trends.periods().get(0).label(),
        trends.periods().get(trends.periods().size() - 1).label(), trends.periods().size(), enough,
        TrendOptions.MIN_PAPERS, (trends.undated() > 0
            ? String.format(Locale.ROOT, "; %,d undated papers left out", trends.undated()) : "")
            + (trends.outside() > 0 ? String.format(Locale.ROOT, "; %,d %s dated far outside this span left out",
            trends.outside(), trends.outside() == 1 ? "paper" : "papers") : ""));
    String why = trends.whyNoVerdict();
    if (why != null) {
      note += " Cannot tell which themes rise or fall: " + why + "; the table gives each theme's first and last "
          + "share only.";
    }
    if (trends.mix().isPresent()) {
      note += " " + TrendStory.mixSentence(trends.mix().get());
    }
    String window = TrendFit.comparesYears(trends.granularity(), trends.periods().size()) ? "year" : "half";
    return new ReportData.TrendsView(true, why == null, note, trends.granularity().key(), window, rows);
  }

  private ReportData.Charts chartFiles() {
    return new ReportData.Charts(chart("theme-share", "Share of the corpus by theme"),
        chart("terms-overview", "Top terms of every theme"), chart("distance-map", "Intertopic distance map"),
        chart("topic-similarity", "Topic similarity heatmap"), chart("theme-trends", "Theme shares over time"),
        chart("theme-slopes", "Rising and falling themes"), chart("sweep", "Scores of the number of topics tried"));
  }

  /**
   * Chart {@code name} when it was drawn, else null: the page embeds its SVG, or its PNG when only PNGs were drawn
   * ({@code --chart-formats png}); the deck and the Markdown take its PNG.
   */
  private ReportData.ChartView chart(String name, String alt) {
    Path svg = charts.file(name, "svg");
    Path png = charts.file(name, "png");
    Path embedded = svg != null ? svg : png;
    if (embedded == null) {
      return null;
    }
    try {
      String uri = (svg != null ? "data:image/svg+xml;base64," : "data:image/png;base64,")
          + java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(embedded));
      return new ReportData.ChartView(png != null ? "charts/" + name + ".png" : null, uri, alt);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read chart " + embedded.getFileName() + ": " + e.getMessage(),
          e);
    }
  }

  private static String lead(List<String> terms) {
    List<String> first = terms.stream().limit(3).toList();
    return first.size() < 2 ? String.join("", first)
        : String.join(", ", first.subList(0, first.size() - 1)) + " and " + first.get(first.size() - 1);
  }
}
