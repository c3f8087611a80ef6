package dev.landscape.output;

import dev.landscape.selection.TopicSweep;
import java.nio.file.Path;
import java.util.List;

/** sweep.csv: every number of topics tried, its scores, and which was chosen. */
public final class SweepTable {
  public static final String FILE = "sweep.csv";

  private SweepTable() {}

  public static String write(TopicSweep.Result sweep, Path dir) {
    CsvTables.write(dir.resolve(FILE), List.of("topics", "c_npmi", "held_out_ll_per_token", "diversity", "stability",
        "score", "chosen"), printer -> {
          for (TopicSweep.Candidate c : sweep.candidates()) {
            printer.printRecord(c.topics(), CsvCells.number(c.npmi(), 4), CsvCells.number(c.heldOut(), 4),
                CsvCells.number(c.diversity(), 4), CsvCells.number(c.stability(), 4), CsvCells.number(c.score(), 4),
                c.topics() == sweep.chosen());
          }
        });
    return FILE;
  }
}
