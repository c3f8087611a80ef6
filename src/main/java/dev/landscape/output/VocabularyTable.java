package dev.landscape.output;

import static dev.landscape.output.TableSchema.Column.integer;
import static dev.landscape.output.TableSchema.Column.text;

import dev.landscape.text.VocabularyEntry;
import java.util.List;

/** vocabulary.csv: every word of the corpus and what became of it, so users see what preparation did. */
public final class VocabularyTable {
  public static final String FILE = "vocabulary.csv";

  private VocabularyTable() {}

  /**
   * Writes the table into {@code tables}: every word to the CSV; to the workbook, every word but those dropped as
   * too rare. Those are most of a corpus's words (139,713 of 178,643 in the 78,240 cs.AI papers), each in a paper or
   * two: in a spreadsheet they are rows no one reads, and writing them took a third of the workbook's time.
   */
  public static void write(List<VocabularyEntry> entries, Tables tables) {
    TableSchema.Column[] columns = {text("term"), text("display"), integer("documents"), integer("occurrences"),
        text("status"), text("forms")};
    TableSchema schema = TableSchema.of(FILE, "vocabulary", "every word: documents, occurrences, kept or why not",
        columns);
    long rare = entries.stream().filter(e -> e.status().equals(VocabularyEntry.TOO_RARE)).count();
    TableSchema sheet = TableSchema.of(FILE, "vocabulary", String.format(java.util.Locale.ROOT, "every word but the "
        + "%,d dropped as too rare (%s lists those too): documents, occurrences, kept or why not", rare, FILE),
        columns);
    try (Tables.Split rows = tables.openSplit(schema, sheet, entries.size() - rare)) {
      for (VocabularyEntry e : entries) {
        Object[] row = {e.term(), e.display(), e.documents(), e.occurrences(), e.status(),
            String.join(CsvTables.LIST_SEPARATOR, e.forms())};
        rows.csv().row(row);
        if (!e.status().equals(VocabularyEntry.TOO_RARE)) {
          rows.sheet().row(row);
        }
      }
    }
  }
}
