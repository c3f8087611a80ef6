package dev.landscape.themes;

import dev.landscape.corpus.Paper;
import dev.landscape.text.PaperScans;
import dev.landscape.text.TextNormalizer;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * How often each paper names each named theme's seeds, in its title and in its abstract, counted on the paper's own
 * words as it is read ({@link SeedMatcher}): before stopwords, phrases and pruning, so a seed the corpus uses in a
 * quarter of its papers ({@code reasoning}, {@code benchmark}) still counts. Counts stop at 127. With them, per
 * paper and theme, the one seed that named the theme when only one did ({@link #soloSeed}): which seed alone brings
 * a paper into a theme.
 */
public final class SeedEvidence {
  /** A paper plainly carries a theme when a seed is in its title at least this often... */
  public static final int TITLE_HITS = 1;
  /** ...or in its abstract at least this often. */
  public static final int ABSTRACT_HITS = 2;
  /** Bytes per paper and theme: title hits, abstract hits, and the solo seed in two bytes. */
  private static final int BYTES = 4;

  private final int themes;
  private final PaperScans scans;

  private SeedEvidence(int themes, PaperScans scans) {
    this.themes = themes;
    this.scans = scans;
  }

  /**
   * Counts a {@link SeedMatcher}'s seeds in each paper as text preparation reads it, and across the papers read, in
   * how many each seed occurs: a seed that occurs in none is one the corpus does not use ({@code missing_seeds}).
   */
  public static final class Scanner implements PaperScans.Scanner {
    private final SeedMatcher matcher;
    private final AtomicIntegerArray papersWith;

    private Scanner(SeedMatcher matcher) {
      this.matcher = matcher;
      this.papersWith = new AtomicIntegerArray(matcher.seedCount());
    }

    @Override
    public int width() {
      return BYTES * matcher.themes();
    }

    @Override
    public void scan(Paper paper, byte[] out, int offset) {
      int themes = matcher.themes();
      int[] title = new int[themes];
      int[] abstractHits = new int[themes];
      int[] bySeed = new int[matcher.seedCount()];
      matcher.count(TextNormalizer.normalize(paper.info().title()), title, bySeed);
      matcher.count(TextNormalizer.normalize(paper.abstractText()), abstractHits, bySeed);
      for (int s = 0; s < bySeed.length; s++) {
        if (bySeed[s] > 0) {
          papersWith.incrementAndGet(s);
        }
      }
      int[] solo = soloSeeds(matcher, bySeed);
      for (int t = 0; t < themes; t++) {
        int at = offset + BYTES * t;
        out[at] = (byte) Math.min(127, title[t]);
        out[at + 1] = (byte) Math.min(127, abstractHits[t]);
        int code = solo[t] < 0 ? 0 : Math.min(0xFFFF, solo[t] + 1);
        out[at + 2] = (byte) (code >>> 8);
        out[at + 3] = (byte) code;
      }
    }

    /** Per seed (numbered as {@link SeedMatcher} numbers them), the papers scanned so far that name it. */
    public int[] papersWithSeed() {
      int[] counts = new int[papersWith.length()];
      for (int s = 0; s < counts.length; s++) {
        counts[s] = papersWith.get(s);
      }
      return counts;
    }
  }

  /**
   * Per theme of {@code matcher}, given one paper's matches of each seed ({@code bySeed}): the seed (its place in the
   * theme's list) that alone named the theme, or -1 when none did and -2 when several did.
   */
  static int[] soloSeeds(SeedMatcher matcher, int[] bySeed) {
    int[] solo = new int[matcher.themes()];
    java.util.Arrays.fill(solo, -1);
    for (int s = 0; s < bySeed.length; s++) {
      if (bySeed[s] > 0) {
        int t = matcher.themeOf(s);
        solo[t] = solo[t] == -1 ? s - matcher.firstSeed(t) : -2;
      }
    }
    return solo;
  }

  /** The scanner that counts {@code matcher}'s seeds in each paper, for text preparation to run. */
  public static Scanner scanner(SeedMatcher matcher) {
    return new Scanner(matcher);
  }

  /** The counts a {@link #scanner} wrote for {@code themes} themes. */
  public static SeedEvidence of(PaperScans scans, int themes) {
    if (scans.width() != BYTES * themes) {
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
    return scans.get(d, BYTES * t);
  }

  /** Seeds of theme {@code t} in paper {@code d}'s abstract. */
  public int inAbstract(int d, int t) {
    return scans.get(d, BYTES * t + 1);
  }

  /**
   * The seed (its place in theme {@code t}'s list) that alone named theme {@code t} in paper {@code d}, or -1 when
   * none or several did.
   */
  public int soloSeed(int d, int t) {
    int code = (scans.get(d, BYTES * t + 2) & 0xFF) << 8 | (scans.get(d, BYTES * t + 3) & 0xFF);
    return code - 1;
  }

  /** Whether paper {@code d} names any seed of theme {@code t}, in its title or its abstract. */
  public boolean mentions(int d, int t) {
    return inTitle(d, t) + inAbstract(d, t) > 0;
  }

  /**
   * Whether paper {@code d} names theme {@code t} strongly: a seed in its title, or two different seeds in its
   * abstract. A seed said twice is not strong: a word said in passing is often said again.
   */
  public boolean strong(int d, int t) {
    return strong(inTitle(d, t), inAbstract(d, t), mentions(d, t) && soloSeed(d, t) < 0);
  }

  /** Whether a paper with these hits of a theme's seeds, {@code several} different ones, names it strongly. */
  public static boolean strong(int inTitle, int inAbstract, boolean several) {
    return inTitle >= TITLE_HITS || (inAbstract >= ABSTRACT_HITS && several);
  }

  /** Whether paper {@code d} plainly carries theme {@code t}: a seed in its title, or seeds twice in its abstract. */
  public boolean carries(int d, int t) {
    return carriedBy(inTitle(d, t), inAbstract(d, t));
  }

  /** Whether a paper with these hits of a theme's seeds plainly carries it. */
  public static boolean carriedBy(int inTitle, int inAbstract) {
    return inTitle >= TITLE_HITS || inAbstract >= ABSTRACT_HITS;
  }

  /** A sort key of the evidence: title hits count double, as in the keyword baseline. */
  public int strength(int d, int t) {
    return 2 * inTitle(d, t) + inAbstract(d, t);
  }
}
