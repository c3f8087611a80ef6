package dev.landscape.output;

import static dev.landscape.output.TableSchema.Column.decimal;
import static dev.landscape.output.TableSchema.Column.integer;
import static dev.landscape.output.TableSchema.Column.text;

import dev.landscape.themes.SeedDiagnostics;
import dev.landscape.themes.ThemeResult;
import java.util.List;

/**
 * seeds.csv: one row per seed of each named theme, with what it does in this corpus ({@link SeedDiagnostics}): in
 * how many papers it occurs, how many members of its theme it alone brings in and how those read, and a warning when
 * it deserves a look. The table to read before editing a themes file.
 */
public final class SeedsTable {
  public static final String FILE = "seeds.csv";

  private SeedsTable() {}

  /** Writes seeds.csv into {@code tables} when there are named themes. */
  public static void write(ThemeResult themes, Tables tables) {
    List<SeedDiagnostics.Seed> seeds = themes.diagnostics().seeds();
    if (seeds.isEmpty()) {
      return;
    }
    TableSchema schema = TableSchema.of(FILE, "seeds", "each seed of each named theme: papers naming it, members "
        + "it alone brings in", integer("theme"), text("name"), text("seed"), integer("papers"),
        integer("alone_papers"), decimal("alone_median_score", 4), decimal("strong_median_score", 4),
        text("warning"));
    try (RowSink rows = tables.open(schema, seeds.size())) {
      for (SeedDiagnostics.Seed seed : seeds) {
        rows.row(seed.theme(), themes.themes().get(seed.theme()).name(), seed.seed(), seed.papers(), seed.alone(),
            score(seed.aloneScore()), score(seed.strongScore()), seed.warning());
      }
    }
  }

  /** A median score, empty where there is none (a theme not learned, or no paper). */
  private static Double score(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
