package dev.landscape.output.charts;

import dev.landscape.trends.TrendResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts a landscape aggregated from assignment rows can draw ({@code landscape aggregate}, the Spark job):
 * the theme shares, the intertopic distance map and the topic similarity heatmap (from the saved model's counts),
 * and, when trends can be told, the theme trends and their slopes, then each topic's terms (from the model's counts);
 * the same figures, colours and titles as a run's. The themes' own term charts rank the words of their member papers,
 * which assignment rows do not carry; they are not drawn.
 */
public final class AggregateCharts {
  private AggregateCharts() {}

  /**
   * The figures of themes {@code 0..n-1}.
   *
   * @param kinds each theme's kind ("named", "automatic", "other"), and {@code parents} its parent or null
   * @param share each theme's share of the placed papers, {@code members} its member papers
   * @param supported whether a theme may carry a bar and a title
   * @param model the saved model's topic-word counts, {@code vocabulary} its words and {@code themeOfTopic} each
   *     topic's theme: each topic's term chart, as a run draws it
   */
  public static List<Figure> figures(List<String> names, List<String> kinds, List<String> parents, double[] share,
      long[] members, boolean[] supported, TrendResult trends, dev.landscape.topics.TopicModel model,
      dev.landscape.text.Vocabulary vocabulary, int[] themeOfTopic) {
    ThemePalette palette = ThemePalette.of(kinds, parents);
    List<Figure> figures = new ArrayList<>();
    // Overlaps between themes are not in per-theme counts: the themes beyond the largest get no "all others" bar.
    figures.add(ShareCharts.themeShare(new ShareCharts.Shares(names, share, members, supported, null), palette));
    if (model.topicCount() >= 3) {
      // The run's maps: topics as TopicDescriber reads them from the same counts, so the same labels and shares.
      List<dev.landscape.topics.Topic> topics = dev.landscape.topics.TopicDescriber.describe(model, vocabulary,
          TermCharts.TERMS);
      TopicThemes topicThemes = TopicThemes.of(names, kinds, parents, themeOfTopic);
      double[][] distance = dev.landscape.themes.TopicClustering.distances(model);
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
    TermCharts terms = new TermCharts(model, vocabulary, palette);
    for (int k = 0; k < model.topicCount(); k++) {
      figures.add(terms.topic(k, themeOfTopic[k], names.get(themeOfTopic[k])));
    }
    return figures;
  }
}
