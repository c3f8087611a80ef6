package dev.landscape.aggregate;

import dev.landscape.output.CsvCells;
import dev.landscape.output.CsvTables;
import dev.landscape.output.ThemesTable;
import dev.landscape.themes.Theme;
import java.nio.file.Path;
import java.util.Arrays;
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

  /**
   * Writes themes.csv into {@code dir}; returns its name. {@code themes} as {@link DescribedThemes} describes them:
   * their parents, topics, and top terms where they are known (empty otherwise).
   */
  public static String write(AssignmentTotals totals, List<Theme> themes, Path dir, CsvCells cells) {
    CsvTables.write(dir.resolve(ThemesTable.FILE), List.of("theme", "name", "kind", "parent", "topics",
        "member_papers", "primary_papers", "share", "top_terms", "representative_papers"), printer -> {
          for (int t = 0; t < totals.themes().size(); t++) {
            Theme theme = themes.get(t);
            printer.printRecord(t, cells.text(totals.themes().get(t)), theme.kind().key(),
                theme.parent() == null ? "" : cells.text(theme.parent()),
                Arrays.stream(theme.topics()).mapToObj(Integer::toString)
                    .collect(Collectors.joining(CsvTables.LIST_SEPARATOR)),
                totals.members(t), totals.primary(t), CsvCells.number(totals.share(t), 4),
                cells.text(String.join(CsvTables.LIST_SEPARATOR, theme.topTerms())),
                cells.text(totals.strongest(t).stream().map(StrongestPapers.Paper::id)
                    .collect(Collectors.joining(CsvTables.LIST_SEPARATOR))));
          }
        });
    return ThemesTable.FILE;
  }
}
