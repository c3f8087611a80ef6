package dev.landscape.output;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.themes.PaperThemes;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * themes.csv: one row per theme, named themes first, with its topics, size (papers that belong to it, and papers whose
 * primary theme it is), support, terms and representative papers.
 */
public final class ThemesTable {
  public static final String FILE = "themes.csv";

  private ThemesTable() {}

  /** Writes themes.csv into {@code dir}; returns its name. */
  public static String write(ThemeResult themes, List<PaperInfo> papers, Path dir, CsvCells cells) {
    PaperThemes assigned = themes.papers();
    CsvTables.write(dir.resolve(FILE), List.of("theme", "name", "kind", "parent", "description", "support", "topics",
        "member_papers", "primary_papers", "share", "top_terms", "seed_terms", "missing_seeds",
        "representative_papers"), printer -> {
          for (Theme theme : themes.themes()) {
            String topics = Arrays.stream(theme.topics()).mapToObj(Integer::toString)
                .collect(Collectors.joining(CsvTables.LIST_SEPARATOR));
            String representatives = assigned.representatives(theme.id()).stream().map(d -> papers.get(d).id())
                .collect(Collectors.joining(CsvTables.LIST_SEPARATOR));
            String support = theme.kind() == Theme.Kind.NAMED ? themes.support(theme.id()).key() : "";
            printer.printRecord(theme.id(), cells.text(theme.name()), theme.kind().key(),
                cells.text(theme.parent() == null ? "" : theme.parent()), cells.text(theme.description()), support,
                topics, assigned.members(theme.id()), assigned.papers(theme.id()),
                CsvCells.number(assigned.share(theme.id()), 4),
                cells.text(String.join(CsvTables.LIST_SEPARATOR, theme.topTerms())),
                cells.text(String.join(CsvTables.LIST_SEPARATOR, theme.seedTerms())),
                cells.text(String.join(CsvTables.LIST_SEPARATOR, theme.missingSeeds())),
                cells.text(representatives));
          }
        });
    return FILE;
  }
}
