package dev.landscape.output;

import static dev.landscape.output.TableSchema.Column.bool;
import static dev.landscape.output.TableSchema.Column.decimal;
import static dev.landscape.output.TableSchema.Column.integer;

import dev.landscape.selection.TopicSweep;
import java.util.List;

/** sweep.csv: every number of topics tried, its scores, and which was chosen. */
public final class SweepTable {
  public static final String FILE = "sweep.csv";

  private SweepTable() {}

  /** Writes the table into {@code tables}. */
  public static void write(TopicSweep.Result sweep, Tables tables) {
    TableSchema schema = TableSchema.of(FILE, "sweep", "the number of topics tried and their scores",
        integer("topics"), decimal("c_npmi", 4), decimal("held_out_ll_per_token", 4), decimal("diversity", 4),
        decimal("stability", 4), decimal("score", 4), bool("chosen"));
    try (RowSink rows = tables.open(schema, sweep.candidates().size())) {
      for (TopicSweep.Candidate c : sweep.candidates()) {
        rows.row(c.topics(), c.npmi(), c.heldOut(), c.diversity(), c.stability(), c.score(),
            c.topics() == sweep.chosen());
      }
    }
  }
}
