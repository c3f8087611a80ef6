package dev.landscape.themes;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.quality.QualityReport;
import dev.landscape.text.Vocabulary;
import dev.landscape.topics.TopicModel;
import java.util.List;

/**
 * The themes of one run: the named themes matched to the corpus (null without a themes file), which theme each
 * topic joined, and each paper's themes.
 */
public record ThemeResult(SeedIndex seeds, ThemeMapper.Mapping mapping, PaperThemes papers) {
  /**
   * Maps the topics of {@code model} to themes and assigns its papers.
   *
   * @param seededThemes per topic, the theme it was seeded for, or null without seeding
   */
  public static ThemeResult of(TopicModel model, Vocabulary vocabulary, QualityReport quality, SeedIndex seeds,
      int[] seededThemes, List<PaperInfo> papers) {
    ThemeMapper.Mapping mapping = ThemeMapper.map(model, vocabulary, quality, seeds, seededThemes);
    return new ThemeResult(seeds, mapping, PaperThemes.assign(model, mapping, papers));
  }

  public List<Theme> themes() {
    return mapping.themes();
  }

  /** The theme topic {@code k} belongs to. */
  public Theme themeOfTopic(int k) {
    return mapping.themes().get(mapping.themeOfTopic()[k]);
  }
}
