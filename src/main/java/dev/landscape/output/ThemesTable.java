package dev.landscape.output;

import static dev.landscape.output.TableSchema.Column.bool;
import static dev.landscape.output.TableSchema.Column.decimal;
import static dev.landscape.output.TableSchema.Column.integer;
import static dev.landscape.output.TableSchema.Column.list;
import static dev.landscape.output.TableSchema.Column.text;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.themes.PaperThemes;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
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

  /** Writes themes.csv into {@code tables}. */
  public static void write(ThemeResult themes, List<PaperInfo> papers, Tables tables) {
    PaperThemes assigned = themes.papers();
    TableSchema schema = TableSchema.of(FILE, "themes", "each theme: kind, support, topics, member and primary "
        + "papers, share and how sure it is", integer("theme"), text("name"), text("kind"), text("parent"),
        text("description"), text("support"), text("topics"), integer("member_papers"), integer("primary_papers"),
        decimal("share", 4), integer("strong_papers"), integer("candidate_papers"), decimal("share_low", 4),
        decimal("share_high", 4), bool("unsure"), list("top_terms"), list("seed_terms"), list("missing_seeds"),
        list("seed_warnings"), list("representative_papers"));
    try (RowSink rows = tables.open(schema, themes.themes().size())) {
      for (Theme theme : themes.themes()) {
        String topics = Arrays.stream(theme.topics()).mapToObj(Integer::toString)
            .collect(Collectors.joining(CsvTables.LIST_SEPARATOR));
        List<String> representatives = assigned.representatives(theme.id()).stream().map(d -> papers.get(d).id())
            .toList();
        boolean named = theme.kind() == Theme.Kind.NAMED;
        double[] range = named ? themes.shareRange(theme.id()) : null;
        rows.row(theme.id(), theme.name(), theme.kind().key(), theme.parent() == null ? "" : theme.parent(),
            theme.description(), named ? themes.support(theme.id()).key() : "", topics,
            assigned.members(theme.id()), assigned.papers(theme.id()), assigned.share(theme.id()),
            named ? themes.membership().strongPapers(theme.id()) : null,
            named ? themes.membership().candidates(theme.id()) : null, named ? range[0] : null,
            named ? range[1] : null, named ? themes.unsure(theme.id()) : null, theme.topTerms(), theme.seedTerms(),
            theme.missingSeeds(), named ? themes.diagnostics().warnings(theme.id()) : List.of(), representatives);
      }
    }
  }
}
