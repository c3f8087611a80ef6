package dev.landscape.spark;

import dev.landscape.corpus.DatePrecision;
import dev.landscape.corpus.Paper;
import dev.landscape.corpus.PaperInfo;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A paper as it crosses the cluster: what {@link Paper} holds, serializable, with where it was read (for keeping the
 * first of papers that share an id across files, as one read of the files in order keeps it).
 *
 * @param file the input file's place in the list of inputs
 * @param ordinal the paper's place among the accepted papers of its file
 */
record SparkPaper(int file, long ordinal, String id, String title, List<String> categories, LocalDate date,
    DatePrecision precision, String abstractText) implements Serializable {
  static SparkPaper of(int file, long ordinal, Paper paper) {
    PaperInfo info = paper.info();
    return new SparkPaper(file, ordinal, info.id(), info.title(), new java.util.ArrayList<>(info.categories()),
        info.date(), info.precision(), paper.abstractText());
  }

  Paper paper() {
    return new Paper(new PaperInfo(id, title, categories, date, precision), abstractText);
  }

  /** Of two papers with the same id, the one read first. */
  static SparkPaper first(SparkPaper a, SparkPaper b) {
    return a.file < b.file || (a.file == b.file && a.ordinal <= b.ordinal) ? a : b;
  }
}
