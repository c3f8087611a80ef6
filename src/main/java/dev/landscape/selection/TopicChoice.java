package dev.landscape.selection;

import java.util.Locale;

/**
 * How the number of topics is chosen ({@code --topics}): a fixed K, K scaled with the corpus, a sweep over a range,
 * or a sweep over a range fitted to the corpus.
 */
public sealed interface TopicChoice {
  /** Most topics the scaled rule gives. */
  int MAX_SCALED = 50;

  /** {@code --topics K}: exactly {@code topics}. */
  record Fixed(int topics) implements TopicChoice {
    public Fixed {
      if (topics < 2) {
        throw new IllegalArgumentException("--topics must be 0 (scale with the corpus) or at least 2, found "
            + topics);
      }
    }
  }

  /**
   * {@code --topics 0}: the square root of the number of papers between 2 and {@link #MAX_SCALED} (6 for 39 papers,
   * 22 for 500, 50 from 2,450 up), raised so that every named theme can have a topic of its own and a quarter as
   * many (at least two) stay free for themes nobody named. A square-root rule keeps small corpora from being split
   * into topics of one paper each while large corpora get the detail of MALLET's usual K = 50.
   */
  record Scaled() implements TopicChoice {}

  /** {@code --topics FROM:TO:STEP}: the best K of a sweep over {@code range}. */
  record Range(TopicRange range) implements TopicChoice {}

  /** {@code --topics auto}: the best K of a sweep over {@link TopicRange#auto}. */
  record Auto() implements TopicChoice {}

  /** The choice as {@code --topics} takes it: {@link #parse} reads it back. */
  default String text() {
    if (this instanceof Fixed fixed) {
      return Integer.toString(fixed.topics());
    }
    if (this instanceof Range range) {
      return range.range().toString();
    }
    return this instanceof Auto ? "auto" : "0";
  }

  /** Reads {@code --topics}: a number (0 to scale), {@code auto}, or {@code FROM:TO[:STEP]}. */
  static TopicChoice parse(String text) {
    String spec = text.strip().toLowerCase(Locale.ROOT);
    if (spec.equals("auto")) {
      return new Auto();
    }
    if (spec.contains(":")) {
      return new Range(TopicRange.parse(spec));
    }
    int k;
    try {
      k = Integer.parseInt(spec);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--topics expects a number, 'auto' or FROM:TO[:STEP], found " + text);
    }
    return k == 0 ? new Scaled() : new Fixed(k);
  }

  /** The range to sweep for {@code papers} papers using {@code namedThemes} named themes, or null for one K. */
  default TopicRange sweepFor(int papers, int namedThemes) {
    if (this instanceof Range r) {
      return r.range();
    }
    return this instanceof Auto ? TopicRange.auto(papers, namedThemes) : null;
  }

  /** K without a sweep, for {@code papers} papers of which {@code namedThemes} named themes occur. */
  default int topicsFor(int papers, int namedThemes) {
    if (this instanceof Fixed fixed) {
      return fixed.topics();
    }
    long scaled = Math.max(2, Math.min(MAX_SCALED, Math.round(Math.sqrt(papers))));
    return (int) Math.max(scaled, TopicRange.topicsForThemes(namedThemes));
  }
}
