package dev.landscape.output;

import static dev.landscape.output.TableSchema.Column.bool;
import static dev.landscape.output.TableSchema.Column.decimal;
import static dev.landscape.output.TableSchema.Column.integer;
import static dev.landscape.output.TableSchema.Column.list;
import static dev.landscape.output.TableSchema.Column.text;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.themes.PaperThemes;
import java.util.List;

/**
 * The columns of a paper's row, declared once: topic-assignments.csv (a run), the table {@code landscape infer}
 * writes and every Spark part file (with {@code tokens} and {@code status}), landscape.xlsx's {@code papers} sheet,
 * the Parquet files, and what {@code landscape aggregate} reads back.
 */
public final class AssignmentTable {
  /** A run's topic-assignments.csv. */
  public static final TableSchema RUN = TableSchema.of("topic-assignments.csv", "papers",
      "each paper: its themes and its two strongest topics",
      text("id"), text("title"), text("date"), text("theme"), list("themes"), decimal("theme_confidence", 4),
      text("second_theme"), decimal("second_theme_weight", 4), bool("mixed"), integer("topic"), text("topic_label"),
      decimal("topic_weight", 4), integer("second_topic"), text("second_label"), decimal("second_weight", 4));
  /** The table of papers placed on a saved model: a run's columns, then the words the model knows and the status. */
  public static final TableSchema PLACED = RUN.plus("inferred-assignments.csv", integer("tokens"), text("status"));
  /** The status of a paper with no word the model knows: its theme and topic cells stay empty. */
  public static final String UNASSIGNABLE = "unassignable";

  private AssignmentTable() {}

  /**
   * The cells of a placed paper's row in {@link #RUN}'s columns.
   *
   * @param placement its primary and secondary themes
   * @param themes every theme it belongs to, strongest first, by name
   * @param themeNames every theme's name, by number
   * @param topics its two strongest topics, the second -1 when there is one topic
   * @param labels every topic's label, by number
   * @param proportions its topic proportions
   */
  public static Object[] row(PaperInfo paper, PaperThemes.Placement placement, List<String> themes,
      List<String> themeNames, int[] topics, List<String> labels, double[] proportions) {
    int first = topics[0];
    int second = topics[1];
    return new Object[] {paper.id(), paper.title(), paper.dateText(), themeNames.get(placement.primary()), themes,
        placement.confidence(), placement.secondary() < 0 ? "" : themeNames.get(placement.secondary()),
        placement.secondaryWeight(), placement.mixed(), first, labels.get(first), proportions[first],
        second < 0 ? null : second, second < 0 ? "" : labels.get(second), second < 0 ? null : proportions[second]};
  }

  /** The row in {@link #PLACED}'s columns of a placed paper ({@code tokens} words known). */
  public static Object[] placed(Object[] row, int tokens) {
    Object[] all = java.util.Arrays.copyOf(row, PLACED.columns().size());
    all[row.length] = tokens;
    all[row.length + 1] = "assigned";
    return all;
  }

  /** The row in {@link #PLACED}'s columns of a paper with no word the model knows. */
  public static Object[] unassignable(PaperInfo paper) {
    Object[] all = new Object[PLACED.columns().size()];
    all[0] = paper.id();
    all[1] = paper.title();
    all[2] = paper.dateText();
    all[all.length - 2] = 0;
    all[all.length - 1] = UNASSIGNABLE;
    return all;
  }
}
