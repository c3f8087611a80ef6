package dev.landscape.output.charts;

import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
import java.util.List;

/**
 * What the topic maps (the distance map, the similarity heatmap) know of the themes: each theme's name and colour,
 * whether it is "Other", and each topic's theme. Built from a run's {@link ThemeResult}, or from a saved model's theme
 * names for a landscape aggregated from assignment rows, so that both draw the same maps.
 *
 * @param names each theme's name, by theme number
 * @param other whether theme {@code t} is the "Other" theme (grey, never coloured by name)
 * @param themeOfTopic each topic's theme number
 */
record TopicThemes(List<String> names, boolean[] other, int[] themeOfTopic, ThemePalette palette) {
  TopicThemes {
    names = List.copyOf(names);
    other = other.clone();
    themeOfTopic = themeOfTopic.clone();
  }

  static TopicThemes of(ThemeResult themes, int topics) {
    int[] themeOfTopic = new int[topics];
    for (int k = 0; k < topics; k++) {
      themeOfTopic[k] = themes.themeOfTopic(k).id();
    }
    boolean[] other = new boolean[themes.themes().size()];
    for (Theme t : themes.themes()) {
      other[t.id()] = t.kind() == Theme.Kind.OTHER;
    }
    return new TopicThemes(themes.themes().stream().map(Theme::name).toList(), other, themeOfTopic,
        ThemePalette.of(themes));
  }

  /**
   * The themes of a saved model: {@code kinds} and {@code size} as {@link ThemePalette#of(List, double[])} reads them.
   */
  static TopicThemes of(List<String> names, List<Theme.Kind> kinds, double[] size, int[] themeOfTopic) {
    boolean[] other = new boolean[names.size()];
    for (int t = 0; t < other.length; t++) {
      other[t] = kinds.get(t) == Theme.Kind.OTHER;
    }
    return new TopicThemes(names, other, themeOfTopic, ThemePalette.of(kinds, size));
  }

  int themeOf(int topic) {
    return themeOfTopic[topic];
  }

  /** How many themes hold at least one topic. */
  long withTopics() {
    return java.util.Arrays.stream(themeOfTopic).distinct().count();
  }
}
