package dev.landscape.pipeline;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.themes.ThemeResult;
import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicModel;
import dev.landscape.trends.TrendAnalysis;
import dev.landscape.trends.TrendOptions;
import dev.landscape.trends.TrendResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    return TrendAnalysis.analyse(corpus.papers().stream().map(PaperInfo::date).toList(), themeWeights,
        themes.themes().stream().map(t -> t.name()).toList(), topicWeights,
        topics.stream().map(Topic::label).toList(), options);
  }

  /** For run.json. */
  static Map<String, Object> summary(TrendResult trends) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("available", trends.available());
    m.put("dated_papers", trends.dated());
    m.put("undated_papers", trends.undated());
    m.put("papers_outside_span", trends.outside());
    if (!trends.available()) {
      m.put("skipped_because", trends.skipped());
      return m;
    }
    m.put("period", trends.granularity().key());
    m.put("periods", trends.periods().size());
    m.put("first_period", trends.periods().get(0).label());
    m.put("last_period", trends.periods().get(trends.periods().size() - 1).label());
    m.put("periods_with_enough_papers",
        trends.periods().stream().filter(p -> p.papers() >= TrendOptions.MIN_PAPERS).count());
    m.put("min_papers_per_period", TrendOptions.MIN_PAPERS);
    return m;
  }
}
