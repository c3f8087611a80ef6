package dev.landscape.aggregate;

import dev.landscape.model.SavedModel;
import dev.landscape.output.CsvCells;
import dev.landscape.output.CsvTables;
import dev.landscape.output.ThemesTable;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * themes.csv of a landscape aggregated from assignment rows ({@code landscape aggregate}, the Spark job): the
 * columns of a run's themes.csv that rows can tell, with the same names and meanings, and the representative
 * papers as the papers placed in the theme most surely (the highest {@code theme_confidence} among the papers whose
 * primary theme it is), since rows carry no score for a paper's other themes.
 */
public final class ThemeTotalsTable {
  private ThemeTotalsTable() {}

  /** Writes themes.csv into {@code dir}; returns its name. */
  public static String write(AssignmentTotals totals, SavedModel model, Path dir, CsvCells cells) {
    CsvTables.write(dir.resolve(ThemesTable.FILE), List.of("theme", "name", "kind", "parent", "topics",
        "member_papers", "primary_papers", "share", "representative_papers"), printer -> {
          int[] themeOfTopic = model.themeOfTopic();
          for (int t = 0; t < totals.themes().size(); t++) {
            List<StrongestPapers.Paper> best = totals.strongest(t);
            int theme = t;
            String parent = model.themes().get(t).parent();
            // The theme's topics as the model maps them, listed as a run's themes.csv lists them.
            String topics = java.util.stream.IntStream.range(0, themeOfTopic.length)
                .filter(k -> themeOfTopic[k] == theme).mapToObj(Integer::toString)
                .collect(Collectors.joining(CsvTables.LIST_SEPARATOR));
            printer.printRecord(t, cells.text(totals.themes().get(t)), model.themes().get(t).kind(),
                parent == null ? "" : cells.text(parent), topics, totals.members(t), totals.primary(t), CsvCells.number(totals.share(t), 4),
                cells.text(best.stream().map(StrongestPapers.Paper::id)
                    .collect(Collectors.joining(CsvTables.LIST_SEPARATOR))));
          }
        });
    return ThemesTable.FILE;
  }
}
