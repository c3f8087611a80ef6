package dev.landscape.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.landscape.themes.Theme;
import dev.landscape.topics.Topic;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Colours that tell the themes on a chart apart (issue 39: three themes of one parent were three near-identical
 * greens), and a distance map that colours the large named themes, not two 40-paper automatic ones.
 */
class ThemePaletteTest {
  @Test
  void theSixteenFirstThemesHaveSixteenColoursNamedAndLargestFirst() {
    List<Theme.Kind> kinds = new ArrayList<>();
    double[] size = new double[20];
    for (int t = 0; t < 20; t++) {
      kinds.add(t < 12 ? Theme.Kind.NAMED : Theme.Kind.AUTO);
      size[t] = t < 12 ? 100 + t : 5000 + t; // automatic themes larger, still after the named ones
    }
    kinds.set(19, Theme.Kind.OTHER);
    ThemePalette palette = ThemePalette.of(kinds, size);
    Set<Color> distinct = new HashSet<>();
    for (int t = 0; t < 16; t++) {
      distinct.add(palette.color(palette.rank(t) < 16 ? t : 0));
    }
    assertEquals(0, palette.rank(11), "the largest named theme takes the first colour");
    assertEquals(11, palette.rank(0));
    assertEquals(12, palette.rank(18), "then the largest automatic theme");
    assertEquals(ChartStyle.GREY, palette.color(19));
    assertEquals(Integer.MAX_VALUE, palette.rank(19));
    Set<Color> firstSixteen = new HashSet<>();
    for (int t = 0; t < 19; t++) {
      if (palette.rank(t) < 16) {
        firstSixteen.add(palette.color(t));
      }
    }
    assertEquals(16, firstSixteen.size());
    // Themes of one parent are no longer shades of one hue: every one of them differs from the others.
    assertNotEquals(palette.color(0), palette.color(1));
  }

  @Test
  void theMapColoursLargeNamedThemesBeforeSmallAutomaticOnes() {
    // Twelve named themes of 1,000+ papers, each with one small topic; two 40-paper automatic themes whose topics
    // hold most tokens. The map colours ten themes: all named.
    int named = 12;
    List<String> names = new ArrayList<>();
    List<Theme.Kind> kinds = new ArrayList<>();
    double[] size = new double[named + 2];
    for (int t = 0; t < named + 2; t++) {
      names.add("theme " + t);
      kinds.add(t < named ? Theme.Kind.NAMED : Theme.Kind.AUTO);
      size[t] = t < named ? 1000 + t : 40;
    }
    List<Topic> topics = new ArrayList<>();
    int[] themeOfTopic = new int[named + 2];
    for (int k = 0; k < named + 2; k++) {
      topics.add(new Topic(k, "w" + k, List.of(), k < named ? 0.02 : 0.38, 0.1, 1));
      themeOfTopic[k] = k;
    }
    TopicThemes themes = TopicThemes.of(names, kinds, size, themeOfTopic);
    List<Integer> coloured = DistanceMap.coloured(topics, themes);
    assertEquals(DistanceMap.COLOURED_THEMES, coloured.size());
    assertEquals(List.of(11, 10, 9, 8, 7, 6, 5, 4, 3, 2), coloured);
  }
}
