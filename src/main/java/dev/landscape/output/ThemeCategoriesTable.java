package dev.landscape.output;

import static dev.landscape.output.TableSchema.Column.decimal;
import static dev.landscape.output.TableSchema.Column.integer;
import static dev.landscape.output.TableSchema.Column.text;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.themes.PaperThemes;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * theme-categories.csv, when the papers carry categories (arXiv's {@code cs.CL}, {@code stat.ML}, ...): for each
 * theme and category, the theme's member papers that list the category, those whose first (primary) category it is,
 * and the two shares a reader asks for: how much of the theme the category is, and how much of the category the
 * theme is. A paper counts under each category it lists, so a theme's rows add up to more than its papers.
 */
public final class ThemeCategoriesTable {
  public static final String FILE = "theme-categories.csv";

  private ThemeCategoriesTable() {}

  /** Whether any paper lists a category: otherwise there is no table to write. */
  public static boolean applies(List<PaperInfo> papers) {
    return papers.stream().anyMatch(p -> !p.categories().isEmpty());
  }

  /** Writes the table into {@code tables}. */
  public static void write(ThemeResult themes, List<PaperInfo> papers, Tables tables) {
    PaperThemes assigned = themes.papers();
    // Papers per category over the whole corpus, and per theme the members listing it and leading with it.
    Map<String, Long> inCategory = new TreeMap<>();
    for (PaperInfo paper : papers) {
      for (String category : paper.categories()) {
        inCategory.merge(category, 1L, Long::sum);
      }
    }
    List<String> categories = List.copyOf(inCategory.keySet());
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int c = 0; c < categories.size(); c++) {
      index.put(categories.get(c), c);
    }
    int n = themes.themes().size();
    long[][] listing = new long[n][categories.size()];
    long[][] leading = new long[n][categories.size()];
    for (int d = 0; d < papers.size(); d++) {
      List<String> listed = papers.get(d).categories().stream().distinct().toList();
      for (int t = 0; t < n; t++) {
        if (assigned.belongs(d, t)) {
          for (String category : listed) {
            listing[t][index.get(category)]++;
          }
          if (!listed.isEmpty()) {
            leading[t][index.get(listed.get(0))]++;
          }
        }
      }
    }
    TableSchema schema = TableSchema.of(FILE, "theme-categories", "each theme by category: member papers, shares",
        integer("theme"), text("name"), text("category"), integer("member_papers"),
        integer("primary_category_papers"), decimal("share_of_theme", 4), decimal("share_of_category", 4));
    long rows = 0;
    for (long[] row : listing) {
      rows += java.util.Arrays.stream(row).filter(c -> c > 0).count();
    }
    try (RowSink sink = tables.open(schema, rows)) {
      for (Theme theme : themes.themes()) {
        int t = theme.id();
        for (int c = 0; c < categories.size(); c++) {
          if (listing[t][c] == 0) {
            continue;
          }
          long members = assigned.members(t);
          sink.row(t, theme.name(), categories.get(c), listing[t][c], leading[t][c],
              members == 0 ? 0.0 : listing[t][c] / (double) members,
              listing[t][c] / (double) inCategory.get(categories.get(c)));
        }
      }
    }
  }
}
