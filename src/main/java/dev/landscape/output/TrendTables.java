package dev.landscape.output;

import dev.landscape.trends.TrendFit;
import dev.landscape.trends.TrendResult;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /** Writes the tables into {@code dir}; returns the names written (none when trends were skipped). */
  public static List<String> write(TrendResult trends, Path dir, CsvCells cells) {
    if (!trends.available()) {
      return List.of();
    }
    CsvTables.write(dir.resolve(TRENDS), List.of("period", "period_start", "kind", "id", "name", "period_papers",
        "papers", "share", "share_low", "share_high"), printer -> {
          for (int p = 0; p < trends.periods().size(); p++) {
            TrendResult.Period period = trends.periods().get(p);
            for (String kind : List.of("theme", "topic")) {
              for (TrendResult.Series s : kind.equals("theme") ? trends.themes() : trends.topics()) {
                printer.printRecord(period.label(), period.start(), kind, s.id(), cells.text(s.name()),
                    period.papers(), kind.equals("theme") ? CsvCells.number(s.papers()[p], 0)
                        : CsvCells.number(s.papers()[p], 2), share(s.share()[p]), share(s.low()[p]),
                    share(s.high()[p]));
              }
            }
          }
        });
    String window = TrendFit.comparesYears(trends.granularity(), trends.periods().size()) ? "year" : "half";
    fits(dir.resolve(THEME_TRENDS), "theme", trends.themes(), window, cells);
    if (trends.topics().isEmpty()) {
      return new ArrayList<>(List.of(TRENDS, THEME_TRENDS)); // trends from assignment rows: themes only
    }
    fits(dir.resolve(TOPIC_TRENDS), "topic", trends.topics(), window, cells);
    return new ArrayList<>(List.of(TRENDS, THEME_TRENDS, TOPIC_TRENDS));
  }

  /** {@code window}: what the first and last shares average, the first and last year or half of the span. */
  private static void fits(Path file, String kind, List<TrendResult.Series> series, String window, CsvCells cells) {
    CsvTables.write(file, List.of(kind, "name", "slope_per_year", "p_value", "compared", "first_share",
        "last_share", "change", "periods_used", "verdict"), printer -> {
          for (TrendResult.Series s : series) {
            TrendFit fit = s.fit();
            printer.printRecord(s.id(), cells.text(s.name()), number(fit.slopePerYear(), 5),
                pValue(fit.pValue()), window, share(fit.firstShare()), share(fit.lastShare()), number(fit.change(), 5),
                fit.periodsUsed(), fit.verdict().key());
          }
        });
  }

  /** Shares with five decimals; an empty cell for a period without papers. */
  private static String share(double value) {
    return number(value, 5);
  }

  private static String number(double value, int decimals) {
    return Double.isNaN(value) ? "" : CsvCells.number(value, decimals);
  }

  /** P-values span many orders of magnitude: three significant digits. */
  private static String pValue(double p) {
    return Double.isNaN(p) ? "" : String.format(java.util.Locale.ROOT, "%.3g", p);
  }
}
