package dev.landscape.spark;

import dev.landscape.inference.PaperPlacer;
import dev.landscape.model.SavedModel;
import dev.landscape.output.InferredAssignments;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A paper placed on the model by a task: its row in {@code landscape infer}'s columns, exactly as infer writes it,
 * and the typed values the Parquet table holds (the date as a date, every theme's weight, the full topic
 * distribution).
 *
 * @param id the paper's id, and {@code title} its title, as they are (the row's cells may be neutralized for
 *     spreadsheets)
 * @param csv its cells as the CSV tables hold them
 * @param values the typed values the Parquet table holds
 */
record PlacedPaper(String id, String title, Csv csv, Values values) implements Serializable {
  /**
   * The paper's cells.
   *
   * @param row the cells of {@link InferredAssignments#HEADER}, as the CSV holds them
   * @param raw the same cells as they are, not neutralized for spreadsheets: what Parquet holds
   * @param distribution the paper's row of {@code landscape infer --doc-topics}, as the CSV holds it
   */
  record Csv(List<String> row, List<String> raw, List<String> distribution) implements Serializable {}

  /**
   * The paper's typed values.
   *
   * @param date the paper's date, or null
   * @param precision how precise the date is: day, month or year
   * @param themes the names of the themes it belongs to
   * @param themeWeights per theme of the model, the paper's topic proportions summed over the theme's topics
   * @param topics the topic proportions, or null when unassignable
   */
  record Values(java.time.LocalDate date, String precision, List<String> themes, double[] themeWeights,
      double[] topics) implements Serializable {}

  static PlacedPaper of(PaperPlacer.Placed placed, InferredAssignments.Rows rows, InferredAssignments.Rows raw,
      SavedModel model) {
    List<String> row = new ArrayList<>(placed.row(rows));
    // Neutralizing only puts an apostrophe in front of a cell: without one, the row is its raw self.
    List<String> rawRow = rows == raw || row.stream().noneMatch(c -> c.startsWith("'")) ? row
        : new ArrayList<>(placed.row(raw));
    double[] weights = new double[model.themes().size()];
    List<String> themes = new ArrayList<>();
    if (placed.assigned()) {
      int[] themeOfTopic = model.themeOfTopic();
      for (int k = 0; k < placed.proportions().length; k++) {
        weights[themeOfTopic[k]] += placed.proportions()[k];
      }
      placed.themes().members().forEach(t -> themes.add(model.themes().get(t).name()));
    }
    return new PlacedPaper(placed.info().id(), placed.info().title(), new Csv(row, rawRow,
        new ArrayList<>(rows.docTopics(placed.info(), placed.proportions(), model.topics().topicCount()))),
        new Values(placed.info().date(), placed.info().precision().name().toLowerCase(java.util.Locale.ROOT), themes,
            weights, placed.assigned() ? placed.proportions().clone() : null));
  }

  /** The cell of {@code column} as it is (see {@code raw}). */
  String cell(String column) {
    return csv.raw().get(InferredAssignments.HEADER.indexOf(column));
  }
}
