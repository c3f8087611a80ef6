package dev.landscape.quality;

import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicModel;
import java.util.List;

/**
 * How a topic spreads over the papers, MALLET's way of telling a subject from a background layer (the words every
 * abstract uses to say what it does: "find, questions, investigate"). A background topic is spread more evenly over
 * the papers than three quarters of the model's topics (document entropy above the upper quartile) and leads few
 * papers for the tokens it holds (the share of papers whose largest topic it is, under {@link #MAX_LEAD_RATIO} times
 * its share of tokens): it rides along in papers that are about something else. Both are relative to the model, so
 * the rule holds at any pruning and corpus size.
 *
 * @param entropy per topic, the entropy of its tokens' distribution over papers, over ln(papers): 1 is even spread
 * @param leadRatio per topic, its share of papers led over its share of tokens (about 1 for a subject)
 * @param background per topic, whether it is background by the rule above
 */
record Spread(double[] entropy, double[] leadRatio, boolean[] background) {
  /** A subject leads about its share of papers; a background layer far fewer. */
  static final double MAX_LEAD_RATIO = 0.6;

  static Spread of(TopicModel model, List<Topic> topics) {
    int k = model.topicCount();
    int docs = model.documentCount();
    double[] entropy = new double[k];
    double[] leadRatio = new double[k];
    long total = 0;
    for (int t = 0; t < k; t++) {
      total += model.topicTokens(t);
    }
    for (int t = 0; t < k; t++) {
      double tokens = model.topicTokens(t);
      double h = 0;
      for (int d = 0; d < docs && tokens > 0; d++) {
        double p = model.docTopicCount(d, t) / tokens;
        if (p > 0) {
          h -= p * Math.log(p);
        }
      }
      entropy[t] = docs > 1 ? h / Math.log(docs) : 0;
      double tokenShare = total == 0 ? 0 : tokens / total;
      double leadShare = docs == 0 ? 0 : topics.get(t).dominantPapers() / (double) docs;
      leadRatio[t] = tokenShare == 0 ? 0 : leadShare / tokenShare;
    }
    double upperQuartile = new org.apache.commons.math3.stat.descriptive.rank.Percentile().evaluate(entropy, 75);
    boolean[] background = new boolean[k];
    for (int t = 0; t < k; t++) {
      background[t] = k >= 4 && entropy[t] > upperQuartile && leadRatio[t] < MAX_LEAD_RATIO;
    }
    return new Spread(entropy, leadRatio, background);
  }
}
