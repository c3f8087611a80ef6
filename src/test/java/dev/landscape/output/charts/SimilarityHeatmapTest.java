package dev.landscape.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.themes.Theme;
import dev.landscape.topics.Topic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Row labels stay readable at slide size: fifty topic rows are labelled by their themes (issue 39). */
class SimilarityHeatmapTest {
  @Test
  void tallRowsNameTheirTopicsShortRowsTheirThemesOncePerRun() {
    List<Topic> topics = new ArrayList<>();
    int[] themeOf = {0, 0, 0, 1, 2, 2};
    for (int k = 0; k < themeOf.length; k++) {
      topics.add(new Topic(k, "alpha" + k + ", beta, gamma", List.of(), 0.1, 0.1, 1));
    }
    TopicThemes themes = TopicThemes.of(List.of("Vision", "Speech", "Other"),
        List.of(Theme.Kind.NAMED, Theme.Kind.NAMED, Theme.Kind.OTHER),
        new double[] {30, 10, 5}, themeOf);
    int[] order = {0, 1, 2, 3, 4, 5};
    List<String> byTopic = SimilarityHeatmap.rowLabels(topics, themes, order, 0);
    assertTrue(byTopic.get(0).startsWith("0 alpha0"), byTopic.toString());
    // Rows of 10 pixels: Vision's run of three (30 px) carries its name; Speech's single row (10 px) is too short;
    // Other is never named.
    assertEquals(List.of("Vision", "", "", "", "", ""), SimilarityHeatmap.rowLabels(topics, themes, order, 10));
    assertEquals(List.of("Vision", "", "", "Speech", "", ""), SimilarityHeatmap.rowLabels(topics, themes, order, 24));
  }
}
