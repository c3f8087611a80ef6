package dev.landscape.publish;

import dev.landscape.quality.QualityReport;
import dev.landscape.selection.TopicSweep;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.themes.ThemeResult;
import dev.landscape.topics.LdaParams;
import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicModel;
import dev.landscape.trends.TrendResult;
import dev.landscape.sample.TrainedOn;
import java.util.List;
import java.util.Optional;

/**
 * Everything a run found, as the outputs take it: made once by training ({@code landscape run}) or from a saved
 * report ({@code landscape report --from}), and written the same way either way by {@link Outputs#write}. What a run
 * may not have (a sweep over K, a training sample) is an {@link Optional}, never null.
 *
 * @param corpus the modelled papers, their words and what reading and preparation did
 * @param training how the topics were trained
 * @param topics each topic's words and label
 * @param quality coherence, diversity and flags per topic
 * @param themes the themes, which topics joined them and each paper's themes
 * @param trends theme and topic shares over time, or why there are none
 */
public record Findings(PreparedCorpus corpus, Training training, List<Topic> topics, QualityReport quality,
    ThemeResult themes, TrendResult trends) {
  public Findings {
    topics = List.copyOf(topics);
  }

  /**
   * How the topics were trained.
   *
   * @param lda the model settings, with the topic count trained
   * @param model the trained topic model, documents included
   * @param sweep the sweep over K that chose the topic count, when there was one
   * @param seededFor per topic, the name of the theme the sampler was seeded to start it with, or null for a topic
   *     no theme seeded (as state/ records it)
   * @param trainedOn the sample the model was trained on, every paper then placed on it by inference, when a sample
   *     trained it
   */
  public record Training(LdaParams lda, TopicModel model, Optional<TopicSweep.Result> sweep, List<String> seededFor,
      Optional<TrainedOn> trainedOn) {
    public Training {
      seededFor = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(seededFor));
    }
  }

  public LdaParams lda() {
    return training.lda();
  }

  public TopicModel model() {
    return training.model();
  }

  public Optional<TopicSweep.Result> sweep() {
    return training.sweep();
  }

  public List<String> seededFor() {
    return training.seededFor();
  }

  public Optional<TrainedOn> trainedOn() {
    return training.trainedOn();
  }
}
