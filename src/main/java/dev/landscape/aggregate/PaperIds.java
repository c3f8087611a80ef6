package dev.landscape.aggregate;

import com.carrotsearch.hppc.LongIntHashMap;
import dev.landscape.io.InputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Refuses a paper counted twice across the tables {@code landscape aggregate} reads: the same shard given twice, a
 * renamed copy, or two shards that share papers all doubled counts without a word (issue 36). Shards must not share
 * papers; the error names both places of the id.
 *
 * <p>Per paper it keeps 12 bytes (a 64-bit hash of the id and the table it came from), not the id: about 12 MB for a
 * million papers. Two ids with one hash are told apart by reading the earlier table again for the id, so a hash
 * collision is never reported as a duplicate.
 */
final class PaperIds {
  private final LongIntHashMap tableOf = new LongIntHashMap();
  private final List<Path> tables = new ArrayList<>();

  /** The next table's papers come from {@code file}. */
  void startTable(Path file) {
    tables.add(file);
  }

  /**
   * Notes paper {@code id} at {@code line} of the current table.
   *
   * @throws InputException when an earlier row (of this table or another) has the same id
   */
  void add(String id, long line) {
    long hash = hash(id);
    int current = tables.size() - 1;
    int index = tableOf.indexOf(hash);
    if (index < 0) {
      tableOf.indexInsert(index, hash, current);
      return;
    }
    int earlier = tableOf.indexGet(index);
    long earlierLine = lineOf(tables.get(earlier), id, earlier == current ? line : Long.MAX_VALUE);
    if (earlierLine > 0) {
      Path here = tables.get(current);
      String where = earlier == current ? "line " + earlierLine + " of the same table"
          : tables.get(earlier) + ":" + earlierLine;
      throw InputException.at(here.toString(), line, "paper " + id + " is also at " + where + ": it would be "
          + "counted twice" + (earlier == current ? "" : "; tables must not share papers (a shard given twice, or a "
          + "copy of one?)"));
    }
    // A hash collision between two different ids: nothing to refuse. The later id is not noted; a third copy of it
    // would meet the same hash and be looked for again.
  }

  /**
   * The line {@code id}'s row starts at in {@code table} (counted as the reader counts lines, a quoted line break
   * included) before line {@code before}, or 0 when it has none.
   */
  private static long lineOf(Path table, String id, long before) {
    try (Reader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180.builder().setHeader()
            .setSkipHeaderRecord(true).get()).get()) {
      java.util.Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        if (line >= before || !records.hasNext()) {
          return 0;
        }
        CSVRecord record = records.next();
        if (record.size() > 0 && record.get(0).equals(id)) {
          return line;
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw InputException.at(table.toString(), 0, "cannot be read again: " + e.getMessage());
    }
  }

  /** A 64-bit FNV-1a hash of the id's characters. */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
