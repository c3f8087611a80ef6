package dev.landscape.output.charts;

import dev.landscape.text.Vocabulary;
import dev.landscape.themes.Theme;
import dev.landscape.themes.TopicClustering;
import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicDescriber;
import dev.landscape.topics.TopicModel;
import dev.landscape.trends.TrendResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The charts of a landscape aggregated from assignment rows ({@code landscape aggregate}, the Spark job), in a run's
 * order: the theme shares; the overview of the themes' terms; the intertopic distance map and the topic similarity
 * heatmap (from the saved model's counts); when trends can be told, the theme trends and their slopes; then each
 * theme's and each topic's terms. The same figures, colours and titles as a run's. A named theme's terms rank the
 * words of its member papers, which only term counts summed from the shards give ({@code infer --theme-terms}, the
 * Spark job): without them named themes have no term chart.
 */
public final class AggregateCharts {
  private AggregateCharts() {}

  /**
   * The figures of {@code themes} (numbered 0..n-1, with their topics and whatever top terms are known).
   *
   * @param share each theme's share of the placed papers, {@code members} its member papers
   * @param supported whether a theme may carry a bar and a title
   * @param model the saved model's topic-word counts, {@code vocabulary} its words and {@code themeOfTopic} each
   *     topic's theme
   */
  public static List<Figure> figures(List<Theme> themes, double[] share, long[] members, boolean[] supported,
      TrendResult trends, TopicModel model, Vocabulary vocabulary, int[] themeOfTopic) {
    List<String> names = themes.stream().map(Theme::name).toList();
    List<Theme.Kind> kinds = themes.stream().map(Theme::kind).toList();
    double[] size = java.util.Arrays.stream(members).asDoubleStream().toArray();
    ThemePalette palette = ThemePalette.of(kinds, size);
    List<Figure> figures = new ArrayList<>();
    // Overlaps between themes are not in per-theme counts: the themes beyond the largest get no "all others" bar.
    figures.add(ShareCharts.themeShare(new ShareCharts.Shares(names, share, members, supported,
        new boolean[names.size()], null), palette));
    TermCharts terms = new TermCharts(model, vocabulary, palette);
    List<Theme> described = themes.stream().filter(t -> !t.topTerms().isEmpty() && supported[t.id()])
        .sorted(Comparator.comparingDouble((Theme t) -> -share[t.id()])).toList();
    if (!described.isEmpty()) {
      figures.add(terms.overview(described));
    }
    if (model.topicCount() >= 3) {
      // The run's maps: topics as TopicDescriber reads them from the same counts, so the same labels and shares.
      List<Topic> topics = TopicDescriber.describe(model, vocabulary, TermCharts.TERMS);
      TopicThemes topicThemes = TopicThemes.of(names, kinds, size, themeOfTopic);
      double[][] distance = TopicClustering.distances(model);
      figures.add(DistanceMap.build(topics, topicThemes, distance));
      figures.add(SimilarityHeatmap.build(topics, topicThemes, distance));
    }
    if (trends.available()) {
      figures.add(TrendChart.build(palette, trends));
      Figure slopes = ShareCharts.slopes(palette, trends);
      if (slopes != null) {
        figures.add(slopes);
      }
    }
    described.stream().sorted(Comparator.comparingInt(Theme::id)).forEach(t -> figures.add(terms.theme(t)));
    for (int k = 0; k < model.topicCount(); k++) {
      figures.add(terms.topic(k, themeOfTopic[k], names.get(themeOfTopic[k])));
    }
    return figures;
  }
}
