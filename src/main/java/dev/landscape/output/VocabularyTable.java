package dev.landscape.output;

import dev.landscape.text.VocabularyEntry;
import java.nio.file.Path;
import java.util.List;

/** vocabulary.csv: every word of the corpus and what became of it, so users see what preparation did. */
public final class VocabularyTable {
  public static final String FILE = "vocabulary.csv";

  private VocabularyTable() {}

  /** Writes the table into {@code dir}; returns its file name. */
  public static String write(List<VocabularyEntry> entries, Path dir, CsvCells cells) {
    CsvTables.write(dir.resolve(FILE), List.of("term", "display", "documents", "occurrences", "status", "forms"),
        printer -> {
          for (VocabularyEntry e : entries) {
            printer.printRecord(cells.text(e.term()), cells.text(e.display()),
                Long.toString(e.documents()), e.occurrences(), e.status(),
                cells.text(String.join(CsvTables.LIST_SEPARATOR, e.forms())));
          }
        });
    return FILE;
  }
}
