package dev.landscape.themes;

import dev.landscape.corpus.Paper;
import dev.landscape.text.PaperScans;
import dev.landscape.text.TextNormalizer;

/**
 * How often each paper names each named theme's seeds, in its title and in its abstract, counted on the paper's own
 * words as it is read ({@link SeedMatcher}): before stopwords, phrases and pruning, so a seed the corpus uses in a
 * quarter of its papers ({@code reasoning}, {@code benchmark}) still counts. Counts stop at 127.
 */
public final class SeedEvidence {
  /** A paper plainly carries a theme when a seed is in its title at least this often... */
  public static final int TITLE_HITS = 1;
  /** ...or in its abstract at least this often. */
  public static final int ABSTRACT_HITS = 2;

  private final int themes;
  private final PaperScans scans;

  private SeedEvidence(int themes, PaperScans scans) {
    this.themes = themes;
    this.scans = scans;
  }

  /** The scanner that counts {@code matcher}'s seeds in each paper, for text preparation to run. */
  public static PaperScans.Scanner scanner(SeedMatcher matcher) {
    int themes = matcher.themes();
    return new PaperScans.Scanner() {
      @Override
      public int width() {
        return 2 * themes;
      }

      @Override
      public void scan(Paper paper, byte[] out, int offset) {
        int[] title = new int[themes];
        int[] abstractHits = new int[themes];
        matcher.count(TextNormalizer.normalize(paper.info().title()), title);
        matcher.count(TextNormalizer.normalize(paper.abstractText()), abstractHits);
        for (int t = 0; t < themes; t++) {
          out[offset + 2 * t] = (byte) Math.min(127, title[t]);
          out[offset + 2 * t + 1] = (byte) Math.min(127, abstractHits[t]);
        }
      }
    };
  }

  /** The counts a {@link #scanner} wrote for {@code themes} themes. */
  public static SeedEvidence of(PaperScans scans, int themes) {
    if (scans.width() != 2 * themes) {
      throw new IllegalArgumentException("scans of width " + scans.width() + " are not seed counts of " + themes
          + " themes");
    }
    return new SeedEvidence(themes, scans);
  }

  public int themes() {
    return themes;
  }

  /** Seeds of theme {@code t} in paper {@code d}'s title. */
  public int inTitle(int d, int t) {
    return scans.get(d, 2 * t);
  }

  /** Seeds of theme {@code t} in paper {@code d}'s abstract. */
  public int inAbstract(int d, int t) {
    return scans.get(d, 2 * t + 1);
  }

  /** Whether paper {@code d} plainly carries theme {@code t}: a seed in its title, or seeds twice in its abstract. */
  public boolean carries(int d, int t) {
    return inTitle(d, t) >= TITLE_HITS || inAbstract(d, t) >= ABSTRACT_HITS;
  }

  /** A sort key of the evidence: title hits count double, as in the keyword baseline. */
  public int strength(int d, int t) {
    return 2 * inTitle(d, t) + inAbstract(d, t);
  }
}
