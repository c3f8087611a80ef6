package dev.landscape.selection;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of topics a sweep tries: {@code from} to {@code to} by {@code step}, as in {@code --topics 5:60:5}.
 */
public record TopicRange(int from, int to, int step) {
  public TopicRange {
    if (from < 2 || to < from || step < 1) {
      throw new IllegalArgumentException("--topics FROM:TO:STEP needs 2 <= FROM <= TO and STEP >= 1, found "
          + from + ":" + to + ":" + step);
    }
    if ((to - from) / step + 1 > 100) {
      throw new IllegalArgumentException("--topics " + from + ":" + to + ":" + step + " tries more than 100 values");
    }
  }

  /** Parses {@code FROM:TO:STEP} (or {@code FROM:TO}, step 1). */
  public static TopicRange parse(String text) {
    String[] parts = text.split(":");
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException("--topics expects a number, 'auto' or FROM:TO[:STEP], found " + text);
    }
    try {
      return new TopicRange(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
          parts.length == 3 ? Integer.parseInt(parts[2].strip()) : 1);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--topics expects a number, 'auto' or FROM:TO[:STEP], found " + text);
    }
  }

  /**
   * The range {@code --topics auto} tries for {@code papers} papers when {@code namedThemes} named themes occur in
   * them: up to twice the square root of the number of papers (at least 4, at most 60), in about ten steps, never
   * below what the named themes need (one topic each and a quarter as many, at least two, free: see
   * {@link #topicsForThemes}), so that no choice of K leaves a theme the corpus uses without a topic. A corpus
   * with fewer papers than that tries as many topics as it has papers.
   */
  public static TopicRange auto(int papers, int namedThemes) {
    int least = Math.max(2, topicsForThemes(namedThemes));
    int to = (int) Math.max(4, Math.min(60, Math.round(2 * Math.sqrt(papers))));
    int step = Math.max(1, Math.round(to / 10f));
    int from = Math.max(Math.max(2, step), least);
    to = Math.max(to, from + 4 * step);
    to = Math.max(2, Math.min(to, papers));
    from = Math.min(from, to);
    return new TopicRange(from, to, step);
  }

  /** Topics that {@code namedThemes} named themes need: one each, and a quarter as many (at least two) free. */
  public static int topicsForThemes(int namedThemes) {
    return namedThemes == 0 ? 0 : namedThemes + Math.max(2, (namedThemes + 3) / 4);
  }

  /** The values tried, in order. */
  public List<Integer> values() {
    List<Integer> values = new ArrayList<>();
    for (int k = from; k <= to; k += step) {
      values.add(k);
    }
    return values;
  }

  @Override
  public String toString() {
    return from + ":" + to + ":" + step;
  }
}
