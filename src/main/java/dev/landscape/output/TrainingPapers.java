package dev.landscape.output;

import dev.landscape.sample.TrainedOn;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code model/training-papers.csv}: the papers a model trained on a sample was trained on ({@code --train-sample}),
 * one id per row in corpus order, so that anyone can see, and draw again, which papers shaped the topics.
 */
public final class TrainingPapers {
  public static final String FILE = "training-papers.csv";

  private TrainingPapers() {}

  /** Writes the ids of {@code trainedOn} to {@code file}. */
  public static void write(Path file, TrainedOn trainedOn, CsvCells cells) {
    CsvTables.write(file, List.of("id"), printer -> {
      for (String id : trainedOn.ids()) {
        printer.printRecord(cells.text(id));
      }
    });
  }
}
