package dev.landscape.output;

import static dev.landscape.output.TableSchema.Column.bool;
import static dev.landscape.output.TableSchema.Column.decimal;
import static dev.landscape.output.TableSchema.Column.integer;
import static dev.landscape.output.TableSchema.Column.significant;
import static dev.landscape.output.TableSchema.Column.text;

import dev.landscape.trends.TrendFit;
import dev.landscape.trends.TrendResult;
import java.util.List;

/**
 * The trend tables: trends.csv (per period of every theme and topic: the period's papers, the series' papers, its
 * share and interval), theme-trends.csv and topic-trends.csv (slope, p-value, the first and last year's or half's
 * share, change and verdict per series). Written only when there are trends.
 */
public final class TrendTables {
  public static final String TRENDS = "trends.csv";
  public static final String THEME_TRENDS = "theme-trends.csv";
  public static final String TOPIC_TRENDS = "topic-trends.csv";

  private TrendTables() {}

  /** Writes the tables into {@code tables} (none when trends were skipped). */
  public static void write(TrendResult trends, Tables tables) {
    if (!trends.available()) {
      return;
    }
    TableSchema schema = TableSchema.of(TRENDS, "trends", "each theme's and topic's share of each period",
        text("period"), text("period_start"), text("kind"), integer("id"), text("name"), integer("period_papers"),
        decimal("papers", 2), decimal("share", 5), decimal("share_low", 5), decimal("share_high", 5));
    long rows = (long) trends.periods().size() * (trends.themes().size() + trends.topics().size());
    try (RowSink sink = tables.open(schema, rows)) {
      for (int p = 0; p < trends.periods().size(); p++) {
        TrendResult.Period period = trends.periods().get(p);
        for (String kind : List.of("theme", "topic")) {
          for (TrendResult.Series s : kind.equals("theme") ? trends.themes() : trends.topics()) {
            sink.row(period.label(), period.start().toString(), kind, s.id(), s.name(), period.papers(),
                new TableSchema.Fixed(s.papers()[p], kind.equals("theme") ? 0 : 2), share(s.share()[p]),
                share(s.low()[p]), share(s.high()[p]));
          }
        }
      }
    }
    String window = TrendFit.comparesYears(trends.granularity(), trends.periods().size()) ? "year" : "half";
    fits(tables, THEME_TRENDS, "theme", trends.themes(), window);
    if (!trends.topics().isEmpty()) { // trends from assignment rows have themes only
      fits(tables, TOPIC_TRENDS, "topic", trends.topics(), window);
    }
  }

  /** {@code window}: what the first and last shares average, the first and last year or half of the span. */
  private static void fits(Tables tables, String file, String kind, List<TrendResult.Series> series, String window) {
    TableSchema schema = TableSchema.of(file, kind + "-trends", "each " + kind + "'s trend: slope, p-value, verdict",
        integer(kind), text("name"), decimal("slope_per_year", 5), significant("p_value", 3), text("compared"),
        decimal("first_share", 5), decimal("last_share", 5), decimal("change", 5), integer("periods_used"),
        text("verdict"), text("observed_verdict"), bool("mix_adjusted"));
    try (RowSink rows = tables.open(schema, series.size())) {
      for (TrendResult.Series s : series) {
        boolean adjusted = s.fit() != s.observed();
        TrendFit fit = s.fit();
        rows.row(s.id(), s.name(), share(fit.slopePerYear()), pValue(fit.pValue()), window, share(fit.firstShare()),
            share(fit.lastShare()), share(fit.change()), fit.periodsUsed(), fit.verdict().key(),
            s.observed().verdict().key(), adjusted);
      }
    }
  }

  /** A share or slope; an empty cell where there is none (a period without papers). */
  private static Double share(double value) {
    return Double.isNaN(value) ? null : value;
  }

  /** A p-value (written with three significant digits), empty where there is none. */
  private static Double pValue(double p) {
    return Double.isNaN(p) ? null : p;
  }
}
