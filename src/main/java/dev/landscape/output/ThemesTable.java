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
 * primary theme it is), for a named theme how sure that size is (the least and most it could be said to hold) and
 * what its seeds do, its support, terms and representative papers.
 */
public final class ThemesTable {
  public static final String FILE = "themes.csv";

  private ThemesTable() {}

  /** Writes themes.csv into {@code dir}; returns its name. */
  public static String write(ThemeResult themes, List<PaperInfo> papers, Path dir, CsvCells cells) {
    PaperThemes assigned = themes.papers();
    CsvTables.write(dir.resolve(FILE), List.of("theme", "name", "kind", "parent", "description", "support", "topics",
        "member_papers", "primary_papers", "share", "strong_papers", "candidate_papers", "share_low", "share_high",
        "unsure", "top_terms", "seed_terms", "missing_seeds", "seed_warnings", "representative_papers"), printer -> {
          for (Theme theme : themes.themes()) {
            String topics = Arrays.stream(theme.topics()).mapToObj(Integer::toString)
                .collect(Collectors.joining(CsvTables.LIST_SEPARATOR));
            String representatives = assigned.representatives(theme.id()).stream().map(d -> papers.get(d).id())
                .collect(Collectors.joining(CsvTables.LIST_SEPARATOR));
            boolean named = theme.kind() == Theme.Kind.NAMED;
            String support = named ? themes.support(theme.id()).key() : "";
            double[] range = named ? themes.shareRange(theme.id()) : null;
            printer.printRecord(theme.id(), cells.text(theme.name()), theme.kind().key(),
                cells.text(theme.parent() == null ? "" : theme.parent()), cells.text(theme.description()), support,
                topics, assigned.members(theme.id()), assigned.papers(theme.id()),
                CsvCells.number(assigned.share(theme.id()), 4),
                named ? themes.membership().strongPapers(theme.id()) : "",
                named ? themes.membership().candidates(theme.id()) : "",
                named ? CsvCells.number(range[0], 4) : "", named ? CsvCells.number(range[1], 4) : "",
                named ? themes.unsure(theme.id()) : "",
                cells.text(String.join(CsvTables.LIST_SEPARATOR, theme.topTerms())),
                cells.text(String.join(CsvTables.LIST_SEPARATOR, theme.seedTerms())),
                cells.text(String.join(CsvTables.LIST_SEPARATOR, theme.missingSeeds())),
                cells.text(named ? String.join(CsvTables.LIST_SEPARATOR, themes.diagnostics().warnings(theme.id()))
                    : ""),
                cells.text(representatives));
          }
        });
    return FILE;
  }
}
