package dev.landscape.model;

import dev.landscape.text.TextModel;
import dev.landscape.topics.TopicModel;
import java.util.List;

/**
 * A landscape as saved in {@code model/}: everything needed to place new papers on it without retraining.
 *
 * @param text the frozen text preparation: word decisions, phrases, stopwords, vocabulary
 * @param topics topic-word counts and the priors (alpha per topic, beta)
 * @param topicLabels each topic's label, as topics.csv shows it
 * @param themes the themes, by id
 * @param themeOfTopic per topic, its theme id
 * @param seed the training seed, which also seeds inference
 * @param about what model.json records of the run that trained it
 * @param descriptionSha256 the SHA-256 of model.json, which lists every file's checksum: the model's fingerprint
 * @param learning the rule that put the run's papers into its named themes, to place new ones as it did; null without
 *     named themes
 */
public record SavedModel(TextModel text, TopicModel topics, List<String> topicLabels, List<ThemeName> themes,
    int[] themeOfTopic, int seed, ModelProvenance about, String descriptionSha256,
    dev.landscape.themes.ThemeRule learning) {
  public SavedModel {
    topicLabels = List.copyOf(topicLabels);
    themes = List.copyOf(themes);
    themeOfTopic = themeOfTopic.clone();
  }

  @Override
  public int[] themeOfTopic() {
    return themeOfTopic.clone();
  }

  /**
   * A theme's name, kind (named, auto, other) and parent grouping (null when none, and in models saved before the
   * parent was kept): the charts shade the themes of one parent alike.
   */
  public record ThemeName(String name, dev.landscape.themes.Theme.Kind kind, String parent) {}
}
