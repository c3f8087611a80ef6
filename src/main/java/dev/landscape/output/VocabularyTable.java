package dev.landscape.output;

import static dev.landscape.output.TableSchema.Column.integer;
import static dev.landscape.output.TableSchema.Column.text;

import dev.landscape.text.VocabularyEntry;
import java.util.List;

/** vocabulary.csv: every word of the corpus and what became of it, so users see what preparation did. */
public final class VocabularyTable {
  public static final String FILE = "vocabulary.csv";

  private VocabularyTable() {}

  /** Writes the table into {@code tables}. */
  public static void write(List<VocabularyEntry> entries, Tables tables) {
    TableSchema schema = TableSchema.of(FILE, "vocabulary", "every word: documents, occurrences, kept or why not",
        text("term"), text("display"), integer("documents"), integer("occurrences"), text("status"), text("forms"));
    try (RowSink rows = tables.open(schema, entries.size())) {
      for (VocabularyEntry e : entries) {
        rows.row(e.term(), e.display(), e.documents(), e.occurrences(), e.status(),
            String.join(CsvTables.LIST_SEPARATOR, e.forms()));
      }
    }
  }
}
