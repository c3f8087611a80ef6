package dev.landscape.output;

import dev.landscape.themes.SeedDiagnostics;
import dev.landscape.themes.ThemeResult;
import java.nio.file.Path;

/**
 * seeds.csv: one row per seed of each named theme, with what it does in this corpus ({@link SeedDiagnostics}): in
 * how many papers it occurs, how many members of its theme it alone brings in and how those read, and a warning when
 * it deserves a look. The table to read before editing a themes file.
 */
public final class SeedsTable {
  public static final String FILE = "seeds.csv";

  private SeedsTable() {}

  /** Writes seeds.csv into {@code dir} when there are named themes; returns its name, or null. */
  public static String write(ThemeResult themes, Path dir, CsvCells cells) {
    if (themes.diagnostics().seeds().isEmpty()) {
      return null;
    }
    CsvTables.write(dir.resolve(FILE), java.util.List.of("theme", "name", "seed", "papers", "alone_papers",
        "alone_median_score", "strong_median_score", "warning"), printer -> {
          for (SeedDiagnostics.Seed seed : themes.diagnostics().seeds()) {
            printer.printRecord(seed.theme(), cells.text(themes.themes().get(seed.theme()).name()),
                cells.text(seed.seed()), seed.papers(), seed.alone(), score(seed.aloneScore()),
                score(seed.strongScore()), cells.text(seed.warning()));
          }
        });
    return FILE;
  }

  /** A median score, empty where there is none (a theme not learned, or no paper). */
  private static String score(double value) {
    return Double.isNaN(value) ? "" : CsvCells.number(value, 4);
  }
}
