package dev.landscape.publish;

import dev.landscape.quality.QualityReport;
import dev.landscape.selection.TopicSweep;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.themes.ThemeResult;
import dev.landscape.topics.LdaParams;
import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicModel;
import dev.landscape.trends.TrendResult;
import java.util.List;

/**
 * Everything a run found, as the outputs take it: made once by training ({@code landscape run}) or from a saved
 * report ({@code landscape report --from}), and written the same way either way by {@link Outputs#write}.
 *
 * @param corpus the modelled papers, their words and what reading and preparation did
 * @param lda the model settings, with the topic count trained
 * @param model the trained topic model, documents included
 * @param topics each topic's words and label
 * @param quality coherence, diversity and flags per topic
 * @param themes the themes, which topics joined them and each paper's themes
 * @param trends theme and topic shares over time, or why there are none
 * @param sweep the sweep over K that chose the topic count, or null
 * @param seededFor per topic, the name of the theme the sampler was seeded to start it with, or null
 * @param trainedOn the sample the model was trained on, every paper then placed on it by inference; null when every
 *     paper trained it
 */
public record Findings(PreparedCorpus corpus, LdaParams lda, TopicModel model, List<Topic> topics,
    QualityReport quality, ThemeResult themes, TrendResult trends, TopicSweep.Result sweep, List<String> seededFor,
    dev.landscape.sample.TrainedOn trainedOn) {
  public Findings {
    topics = List.copyOf(topics);
    seededFor = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(seededFor));
  }
}
