package dev.landscape.model;

import dev.landscape.selection.TopicSweep;
import dev.landscape.topics.TopicModel;
import java.util.List;

/**
 * What training found beyond the saved model: each paper's topic counts, how training went, which theme each topic
 * was seeded for, and the sweep over K. With the corpus prepared again and {@code model/}, it gives back the trained
 * {@link TopicModel} exactly, so {@code landscape report --from} runs every stage after training without training.
 *
 * @param model the trained model, documents included
 * @param paperIds the modelled papers' ids, in document order: a check that the corpus read again is the same
 * @param seededFor per topic, the name of the theme the sampler was seeded to start it with, or null
 * @param sweep the sweep over K that chose the topic count, or null when K was given or scaled
 * @param corpusSha256 the SHA-256 of the corpus file trained on
 * @param seedPhrases the theme seeds text preparation joined as phrases: the corpus must be prepared with these
 *     again, whatever the themes file says now, to give back the vocabulary the model was trained on
 */
public record TrainingState(TopicModel model, List<String> paperIds, List<String> seededFor, TopicSweep.Result sweep,
    String corpusSha256, List<String> seedPhrases) {
  public TrainingState {
    paperIds = List.copyOf(paperIds);
    seedPhrases = List.copyOf(seedPhrases);
    seededFor = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(seededFor));
    if (paperIds.size() != model.documentCount() || seededFor.size() != model.topicCount()) {
      throw new IllegalArgumentException(paperIds.size() + " ids and " + seededFor.size() + " seeded themes for "
          + model.documentCount() + " documents and " + model.topicCount() + " topics");
    }
  }
}
