package dev.landscape.sample;

import dev.landscape.corpus.PaperInfo;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The papers a model trains on when it is not trained on the whole corpus ({@code --train-sample}): a seeded,
 * exact-size sample, drawn uniformly or stratified by month. A paper is in the sample when its hash (of the seed and
 * its id) is among the smallest, so the draw does not depend on the order of the papers, on how they are split into
 * files or partitions, or on the machine: the Spark job draws the same sample from the same papers.
 *
 * @param count papers to draw, or 0 when {@code fraction} says
 * @param fraction the share of the corpus to draw, in (0, 1], used when {@code count} is 0
 * @param byMonth draw each month's share of the sample from that month (undated papers form one stratum), so that a
 *     month of few papers is not left out of training by chance
 */
public record TrainingSample(long count, double fraction, boolean byMonth) implements java.io.Serializable {
  public TrainingSample {
    if (count < 0 || (count == 0 && !(fraction > 0 && fraction <= 1))) {
      throw new IllegalArgumentException("--train-sample must be a number of papers (at least 1) or a fraction in "
          + "(0, 1] such as 0.25 or 25%; found " + (count != 0 ? count : fraction));
    }
  }

  /** The size as {@code --train-sample} takes it: {@link #parse} reads it back. */
  public String text() {
    return count > 0 ? Long.toString(count) : java.math.BigDecimal.valueOf(fraction).toPlainString();
  }

  /**
   * Parses {@code --train-sample}: {@code 5000} (papers), {@code 0.25} or {@code 25%} (a share of the corpus). Only
   * plain decimals: Java's other number forms ({@code 0x1p-1}, {@code 0.5f}, {@code 1e-1}) are refused, as no user
   * means them.
   */
  public static TrainingSample parse(String text, boolean byMonth) {
    String s = text.strip();
    try {
      String number = s.endsWith("%") ? s.substring(0, s.length() - 1).strip() : s;
      if (!number.matches("[0-9]+(\\.[0-9]+)?|\\.[0-9]+")) {
        throw new NumberFormatException(s);
      }
      if (s.endsWith("%")) {
        return new TrainingSample(0, Double.parseDouble(number) / 100, byMonth);
      }
      if (number.matches("[0-9]+")) {
        return new TrainingSample(Long.parseLong(number), 0, byMonth);
      }
      return new TrainingSample(0, Double.parseDouble(number), byMonth);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--train-sample must be a number of papers (at least 1) or a fraction in "
          + "(0, 1] such as 0.25 or 25%; found '" + text + "'");
    }
  }

  /**
   * Parses {@code --train-sample} and {@code --sample-by} together: {@code uniform} or {@code month}; null when no
   * sample is asked for (then {@code --sample-by} must be left at uniform).
   */
  public static TrainingSample parse(String text, String sampleBy) {
    String by = sampleBy.strip().toLowerCase(Locale.ROOT);
    if (!by.equals("uniform") && !by.equals("month")) {
      throw new IllegalArgumentException("--sample-by must be uniform or month, found '" + sampleBy + "'");
    }
    if (text == null) {
      if (by.equals("month")) {
        throw new IllegalArgumentException("--sample-by needs --train-sample");
      }
      return null;
    }
    return parse(text, by.equals("month"));
  }

  /** How many of {@code papers} papers the sample holds: at least 1, at most all of them. */
  public long sizeFor(long papers) {
    long n = count > 0 ? count : Math.round(fraction * papers);
    return Math.max(1, Math.min(papers, n));
  }

  /** The words run.json and the report use: "5,000 papers" or "25% of the papers", and how. */
  public String describe() {
    String size = count > 0 ? String.format(Locale.ROOT, "%,d papers", count)
        : String.format(Locale.ROOT, "%s%% of the papers", new java.math.BigDecimal(fraction * 100)
            .round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString());
    return size + (byMonth ? ", stratified by month" : ", uniform");
  }

  /** Which of {@code papers} (by position; their ids distinct) the sample holds, drawn by {@link SampleDraw}. */
  public BitSet select(List<PaperInfo> papers, int seed) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (PaperInfo paper : papers) {
      sizes.merge(stratumOf(paper), 1L, Long::sum);
    }
    SampleDraw draw = new SampleDraw(SampleDraw.quotas(this, sizes), seed);
    for (PaperInfo paper : papers) {
      draw.offer(stratumOf(paper), paper.id());
    }
    java.util.Set<String> ids = draw.ids();
    BitSet chosen = new BitSet(papers.size());
    for (int d = 0; d < papers.size(); d++) {
      chosen.set(d, ids.contains(papers.get(d).id()));
    }
    return chosen;
  }

  /** The stratum this sample draws {@code paper} within: its month when drawn by month, else the one stratum. */
  public String stratumOf(PaperInfo paper) {
    return byMonth ? stratum(paper) : "";
  }

  /** The month a paper is drawn within: its year and month, or "undated". */
  public static String stratum(PaperInfo paper) {
    return paper.date() == null ? "undated" : paper.date().toString().substring(0, 7);
  }
}
