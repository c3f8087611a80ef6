package dev.landscape.themes;

import java.util.List;

/**
 * The named themes of a run and how strongly they steer the model.
 *
 * @param themes the themes, in file order; empty when the run has none (themes then come from grouping topics)
 * @param source where they came from, for run.json ({@code data/themes.yaml}); null when none
 * @param seedConfidence the probability that a token of a seed term starts in its theme's topic (see
 *     {@link dev.landscape.topics.TopicSeeding})
 */
public record ThemeOptions(List<ThemeSpec> themes, String source, double seedConfidence) {
  /** The default {@code --seed-confidence}. */
  public static final double DEFAULT_CONFIDENCE = 0.9;

  /** No named themes. */
  public static final ThemeOptions NONE = new ThemeOptions(List.of(), null, DEFAULT_CONFIDENCE);

  public ThemeOptions {
    themes = List.copyOf(themes);
    if (!(seedConfidence >= 0 && seedConfidence <= 1)) {
      throw new IllegalArgumentException("--seed-confidence must be between 0 and 1, found " + seedConfidence);
    }
  }

  /**
   * Every seed of every theme: text preparation joins those written as phrases wherever their words occur, or the
   * themes could not find them ({@link dev.landscape.text.TextOptions#withSeedPhrases}).
   */
  public List<String> seedPhrases() {
    return themes.stream().flatMap(t -> t.seeds().stream()).toList();
  }

  public boolean named() {
    return !themes.isEmpty();
  }
}
