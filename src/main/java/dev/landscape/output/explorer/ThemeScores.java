package dev.landscape.output.explorer;

import dev.landscape.themes.PaperThemes;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;

/** How strongly a paper belongs to a theme, as the report shows and ranks it. */
public final class ThemeScores {
  private ThemeScores() {}

  /**
   * Paper {@code d}'s score on theme {@code t}: its learned membership score for a named theme, its weight for an
   * automatic theme that is its primary or second theme, else NaN.
   */
  public static double score(ThemeResult themes, int d, int t) {
    Theme theme = themes.themes().get(t);
    if (theme.kind() == Theme.Kind.NAMED) {
      return themes.membership().score(d, t);
    }
    PaperThemes assigned = themes.papers();
    return assigned.primary(d) == t ? assigned.confidence(d) : assigned.secondary(d) == t
        ? assigned.secondaryWeight(d) : Double.NaN;
  }
}
