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
 * @param themeSet the themes, which topics belong to them, and the rule that puts papers into the named ones
 * @param seed the training seed, which also seeds inference
 * @param about what model.json records of the run that trained it
 * @param descriptionSha256 the SHA-256 of model.json, which lists every file's checksum: the model's fingerprint
 */
public record SavedModel(TextModel text, TopicModel topics, List<String> topicLabels, Themes themeSet, int seed,
    ModelProvenance about, String descriptionSha256) {
  public SavedModel {
    topicLabels = List.copyOf(topicLabels);
  }

  /**
   * The saved themes.
   *
   * @param names the themes, by id
   * @param themeOfTopic per topic, its theme id
   * @param rule the rule that put the run's papers into its named themes, to place new ones as it did; null without
   *     named themes
   */
  public record Themes(List<ThemeName> names, int[] themeOfTopic, dev.landscape.themes.ThemeRule rule) {
    public Themes {
      names = List.copyOf(names);
      themeOfTopic = themeOfTopic.clone();
    }

    @Override
    public int[] themeOfTopic() {
      return themeOfTopic.clone();
    }
  }

  /** The themes, by id. */
  public List<ThemeName> themes() {
    return themeSet.names();
  }

  /** Per topic, its theme id. */
  public int[] themeOfTopic() {
    return themeSet.themeOfTopic();
  }

  /** The rule that places papers in the named themes; null without named themes. */
  public dev.landscape.themes.ThemeRule learning() {
    return themeSet.rule();
  }

  /**
   * A theme's name, kind (named, auto, other) and parent grouping (null when none, and in models saved before the
   * parent was kept), which the tables and the report name.
   */
  public record ThemeName(String name, dev.landscape.themes.Theme.Kind kind, String parent) {}
}
