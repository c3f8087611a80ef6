package dev.landscape.trends;

/**
 * How the corpus's own mix of categories changed over the periods: when it did, a theme's share can rise or fall
 * only because the collection took in more of one category (a daily digest adding a sub-field), and a trend is then
 * judged on the theme's shares adjusted to a fixed mix.
 *
 * @param pValue the chi-square test of independence of category and period (periods with enough papers)
 * @param mover the category whose share changed most between the first and the last year (or half)
 * @param firstShare its share of the first year's papers
 * @param lastShare its share of the last year's papers
 * @param categories the categories the adjustment weighs (the rest pooled as "other")
 */
public record MixShift(double pValue, String mover, double firstShare, double lastShare, int categories) {
  /** A mix shifts when the test says so at this level... */
  public static final double ALPHA = 0.01;
  /** ...and a category's share moved by at least this much, in share points (a theme moves with it by as much). */
  public static final double MIN_CHANGE = 0.05;
  /** A category of fewer than this share of the dated papers is pooled with the other small ones. */
  public static final double MIN_CATEGORY_SHARE = 0.01;

  /** "astro-ph.CO went from 7.0% to 20.1% of the papers (chi-square p < 0.001)". */
  public String describe() {
    return String.format(java.util.Locale.ROOT, "%s went from %.1f%% to %.1f%% of the papers (chi-square p %s)",
        mover, 100 * firstShare, 100 * lastShare, pValue < 0.001 ? "< 0.001" : String.format(java.util.Locale.ROOT,
            "= %.3f", pValue));
  }
}
