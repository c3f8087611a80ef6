package dev.landscape.pipeline;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.themes.ThemeResult;
import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicModel;
import dev.landscape.trends.MixAdjustment;
import dev.landscape.trends.TrendAnalysis;
import dev.landscape.trends.TrendOptions;
import dev.landscape.trends.TrendResult;
import java.util.List;

/**
 * The trends stage: feeds which papers belong to each theme, and the papers' topic weights, to
 * {@link TrendAnalysis}.
 */
final class Trends {
  private Trends() {}

  static TrendResult of(PreparedCorpus corpus, TopicModel model, List<Topic> topics, ThemeResult themes,
      TrendOptions options) {
    // A theme's share of a period is the share of the period's papers that belong to it, the measure the theme
    // table and charts show (a paper may belong to several named themes).
    TrendAnalysis.Weights themeWeights = new TrendAnalysis.Weights() {
      @Override
      public int series() {
        return themes.themes().size();
      }

      @Override
      public void of(int d, double[] out) {
        for (int t = 0; t < out.length && t < themes.themes().size(); t++) {
          out[t] = themes.papers().belongs(d, t) ? 1 : 0;
        }
      }
    };
    TrendAnalysis.Weights topicWeights = new TrendAnalysis.Weights() {
      @Override
      public int series() {
        return model.topicCount();
      }

      @Override
      public void of(int d, double[] out) {
        for (int k = 0; k < model.topicCount(); k++) {
          out[k] = model.proportion(d, k);
        }
      }
    };
    List<java.time.LocalDate> dates = corpus.papers().stream().map(PaperInfo::date).toList();
    TrendResult trends = TrendAnalysis.analyse(dates, themeWeights, themes.themes().stream().map(t -> t.name())
        .toList(), topicWeights, topics.stream().map(Topic::label).toList(), options);
    // Papers that carry categories: a trend the collection's changing mix explains is not called one.
    return MixAdjustment.apply(trends, dates, corpus.papers().stream().map(PaperInfo::categories).toList(),
        themeWeights);
  }
}
