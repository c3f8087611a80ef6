package dev.landscape.themes;

import dev.landscape.progress.Counts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What each seed of each named theme does in this corpus: in how many papers it occurs, and how many members of its
 * theme it alone brings in (papers that name the theme by that seed and no other). A seed is named in a warning when
 * <ul>
 *   <li>it alone brings at least {@link #GENERIC_SHARE} of all papers into its theme, and at least half of the
 *       theme's members: a word most papers use ("model", "instrument", a stopword) makes a theme of everything;</li>
 *   <li>it occurs in at least {@link #COMMON_SHARE} of all papers, alone or not ("the" and "a" as two seeds of
 *       one theme: neither alone brings a paper, and together they bring every one);</li>
 *   <li>or, in a learned theme, the {@link #MIN_ALONE} or more papers it alone brings read unlike the theme's papers:
 *       their median score is under half the median of the papers that name the theme strongly. Such a seed often
 *       means something else in this field ("coding" of a variable, "memorization" in psychology); or it is a
 *       subject of the theme its other seeds miss (a seed worth a theme of its own).</li>
 * </ul>
 *
 * @param seeds every seed, theme by theme in file order
 */
public record SeedDiagnostics(List<Seed> seeds) {
  /** A seed alone bringing this share of all papers into its theme (and half of its members) is too common. */
  public static final double GENERIC_SHARE = 0.05;
  /** A seed that occurs in this share of all papers cannot mark a theme, whatever its theme's other seeds. */
  public static final double COMMON_SHARE = 0.5;
  /** Fewer papers than this, brought by one seed, say nothing of how it reads. */
  public static final int MIN_ALONE = 10;

  /**
   * One seed.
   *
   * @param theme its named theme's number
   * @param seed the seed as the themes file writes it
   * @param papers papers whose title or abstract names it
   * @param alone members of its theme it alone brings in
   * @param aloneScore the median score of those (NaN when the theme was not learned or there are none)
   * @param strongScore the median score of the papers that name the theme strongly (NaN when not learned)
   * @param warning why the seed deserves a look, or empty
   * @param tooCommon whether it occurs in {@link #COMMON_SHARE} of all papers, too many to mark a theme: its theme's
   *     count is then unsure ({@link ThemeResult#unsure})
   */
  public record Seed(int theme, String seed, int papers, int alone, double aloneScore, double strongScore,
      String warning, boolean tooCommon) {}

  /** The diagnostics of {@code seeds} over the papers of {@code evidence}, placed as {@code membership} says. */
  static SeedDiagnostics of(SeedIndex seeds, SeedEvidence evidence, Membership membership) {
    List<Seed> out = new ArrayList<>();
    int papers = membership.papers();
    for (int t = 0; t < seeds.themes().size(); t++) {
      ThemeSpec spec = seeds.themes().get(t);
      int n = spec.seeds().size();
      List<List<Float>> aloneScores = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        aloneScores.add(new ArrayList<>());
      }
      List<Float> strongScores = new ArrayList<>();
      int members = 0;
      for (int d = 0; d < papers; d++) {
        if (!membership.member(d, t)) {
          continue;
        }
        members++;
        int solo = evidence.soloSeed(d, t);
        if (solo >= 0) {
          aloneScores.get(solo).add(membership.score(d, t));
        }
        if (membership.strong().get(d * membership.themes() + t)) {
          strongScores.add(membership.score(d, t));
        }
      }
      boolean learned = membership.learned()[t];
      double strongMedian = learned ? median(strongScores) : Double.NaN;
      for (int i = 0; i < n; i++) {
        int alone = aloneScores.get(i).size();
        double aloneMedian = learned ? median(aloneScores.get(i)) : Double.NaN;
        String warning = "";
        int naming = seeds.papersWithSeed(t, i);
        boolean tooCommon = false;
        if (papers > 0 && naming >= COMMON_SHARE * papers) {
          tooCommon = true;
          warning = String.format(Locale.ROOT, "seed '%s' of %s occurs in %s (%.1f%% of all): a word that "
              + "many papers use cannot mark a theme", spec.seeds().get(i), spec.name(), Counts.of(naming, "paper"),
              100.0 * naming / papers);
        } else if (alone >= GENERIC_SHARE * papers && alone * 2 >= members) {
          warning = String.format(Locale.ROOT, "seed '%s' alone brings %s (%.1f%% of all) into %s",
              spec.seeds().get(i), Counts.of(alone, "paper"), 100.0 * alone / papers, spec.name());
        } else if (learned && alone >= MIN_ALONE && aloneMedian < strongMedian / 2) {
          warning = String.format(Locale.ROOT, "seed '%s' alone brings %,d papers into %s that read unlike its "
              + "other papers (median score %.2f against %.2f)", spec.seeds().get(i), alone, spec.name(),
              aloneMedian, strongMedian);
        }
        out.add(new Seed(t, spec.seeds().get(i), naming, alone, aloneMedian, strongMedian, warning, tooCommon));
      }
    }
    return new SeedDiagnostics(List.copyOf(out));
  }

  private static double median(List<Float> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    float[] sorted = new float[values.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = values.get(i);
    }
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Every warning, theme by theme. */
  public List<String> warnings() {
    return seeds.stream().map(Seed::warning).filter(w -> !w.isEmpty()).toList();
  }

  /** Whether a seed of theme {@code t} is a word too many papers use to mark it. */
  public boolean tooCommon(int t) {
    return seeds.stream().anyMatch(s -> s.theme() == t && s.tooCommon());
  }

  /** The warnings about theme {@code t}'s seeds. */
  public List<String> warnings(int t) {
    return seeds.stream().filter(s -> s.theme() == t).map(Seed::warning).filter(w -> !w.isEmpty()).toList();
  }
}
