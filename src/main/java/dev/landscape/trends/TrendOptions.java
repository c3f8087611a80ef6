package dev.landscape.trends;

/**
 * How trends are computed.
 *
 * @param granularity the period length, or null to choose it from the corpus ({@code --period auto})
 */
public record TrendOptions(Granularity granularity) {
  /** Periods with fewer papers say too little: they are listed but left out of the slopes. */
  public static final int MIN_PAPERS = 30;
  /** A slope needs at least this many periods with {@link #MIN_PAPERS} papers. */
  public static final int MIN_PERIODS = 4;
  /** Most periods a trend is drawn over: a longer span at the finest period is counted in coarser ones. */
  public static final int MAX_PERIODS = 1_000;
  /** Significance level of a slope. */
  public static final double ALPHA = 0.05;
  /** Smallest relative change between the first and last year that counts as rising or falling. */
  public static final double MIN_RELATIVE_CHANGE = 0.10;
  /** Confidence of the share intervals. */
  public static final double CONFIDENCE = 0.95;

  public static final TrendOptions AUTO = new TrendOptions(null);

  /** {@code --period}: auto, month, quarter or year. */
  public static TrendOptions parse(String value) {
    String p = value.strip().toLowerCase(java.util.Locale.ROOT);
    if (p.equals("auto")) {
      return AUTO;
    }
    for (Granularity g : Granularity.values()) {
      if (g.key().equals(p)) {
        return new TrendOptions(g);
      }
    }
    throw new IllegalArgumentException("expected auto, month, quarter or year, found '" + value + "'");
  }

  /** What a slope needs, in words: "a slope needs 4 months of 30 papers or more". */
  public static String slopeNeeds(Granularity granularity) {
    return String.format(java.util.Locale.ROOT, "a slope needs %d %ss of %d papers or more", MIN_PERIODS,
        granularity.key(), MIN_PAPERS);
  }
}
