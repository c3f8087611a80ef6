package dev.landscape.quality;

import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicModel;
import java.util.List;

/**
 * How a topic spreads over the papers, MALLET's way of telling a subject from a background layer (the words every
 * abstract uses to say what it does: "find, questions, investigate"). A background topic is spread more evenly over
 * the papers than three quarters of the model's topics (document entropy above the upper quartile) and rides along in
 * papers that are about something else: it leads few papers for the tokens it holds (the share of papers whose largest
 * topic it is, under {@link #MAX_LEAD_RATIO} times its share of tokens), or its top words are mostly other topics'
 * words (exclusivity under {@link #MAX_EXCLUSIVITY_RATIO} of the model's median topic). The second test catches a
 * layer of rhetoric that collected enough of its words to lead papers of its own ("address, enhance, comprehensive,
 * limitations"): on the first 5,000 papers of a cs.AI corpus at K=30, such a topic led 0.61 of its share and its
 * exclusivity was 0.46 of the median; on the whole corpus at K=50, two such topics ("human, questions, find, make";
 * "process, design, domain, complex") were at 0.32 and 0.40 of the median. Subjects whose words every abstract uses
 * (benchmarks and evaluation, optimisation, cognition) were at 0.56 or more. All three tests are relative to the
 * model, so the rule holds at any pruning and corpus size.
 *
 * @param entropy per topic, the entropy of its tokens' distribution over papers, over ln(papers): 1 is even spread
 * @param leadRatio per topic, its share of papers led over its share of tokens (about 1 for a subject)
 * @param exclusivityRatio per topic, its exclusivity over the median topic's
 * @param background per topic, whether it is background by the rule above
 */
record Spread(double[] entropy, double[] leadRatio, double[] exclusivityRatio, boolean[] background) {
  /** A subject leads about its share of papers; a background layer far fewer. */
  static final double MAX_LEAD_RATIO = 0.6;
  /** A subject's top words are largely its own; a background layer's belong to the other topics. */
  static final double MAX_EXCLUSIVITY_RATIO = 0.5;

  /**
   * @param exclusivity per topic, MALLET's exclusivity of its top words
   */
  static Spread of(TopicModel model, List<Topic> topics, double[] exclusivity) {
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
    org.apache.commons.math3.stat.descriptive.rank.Percentile percentile =
        new org.apache.commons.math3.stat.descriptive.rank.Percentile();
    double upperQuartile = percentile.evaluate(entropy, 75);
    double median = percentile.evaluate(exclusivity, 50);
    double[] exclusivityRatio = new double[k];
    boolean[] background = new boolean[k];
    for (int t = 0; t < k; t++) {
      exclusivityRatio[t] = median > 0 ? exclusivity[t] / median : 1;
      background[t] = k >= 4 && entropy[t] > upperQuartile
          && (leadRatio[t] < MAX_LEAD_RATIO || exclusivityRatio[t] < MAX_EXCLUSIVITY_RATIO);
    }
    return new Spread(entropy, leadRatio, exclusivityRatio, background);
  }
}
