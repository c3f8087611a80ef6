package dev.landscape.corpus;

import dev.landscape.io.InputException;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Finds which of a header's columns holds each field: the user's name when given, otherwise the first of the usual
 * names (case-insensitive). The same rules serve CSV headers, dataset-viewer columns and JSON field names.
 */
final class ColumnResolver {
  static final List<String> ID_NAMES = List.of("id", "arxiv_id", "paper_id", "doc_id");
  static final List<String> TEXT_NAMES = List.of("abstract", "text", "summary", "body");
  static final List<String> TITLE_NAMES = List.of("title");
  static final List<String> CATEGORY_NAMES = List.of("categories", "category");
  static final List<String> DATE_NAMES = List.of("date", "published", "created", "update_date");

  private final String fileName;
  private final List<String> header;

  ColumnResolver(String fileName, List<String> header) {
    this.fileName = fileName;
    this.header = List.copyOf(header);
  }

  /** Where each field is in a record; -1 for an optional field the header lacks. */
  record Indexes(int id, int text, int title, int categories, int date) {
    /** The field at {@code index} of {@code fields}, null when absent. */
    static String field(String[] fields, int index) {
      return index < 0 ? null : fields[index];
    }

    /** A raw record from the fields of one row. */
    RawRecord record(long line, String[] fields) {
      return new RawRecord(line, fields[id], field(fields, title), fields[text], field(fields, categories),
          field(fields, date));
    }
  }

  /** Finds every field: id and text are required, the others optional. */
  Indexes resolve(ReadOptions.Columns chosen) {
    return new Indexes(required(chosen.id(), ID_NAMES, "--id-column"),
        required(chosen.text(), TEXT_NAMES, "--text-column"),
        optional(chosen.title(), TITLE_NAMES, "--title-column"),
        optional(chosen.categories(), CATEGORY_NAMES, "--categories-column"),
        optional(chosen.date(), DATE_NAMES, "--date-column"));
  }

  /** The index of a required column; the error names the option that chooses it. */
  int required(String chosen, List<String> usual, String option) {
    int index = optional(chosen, usual, option);
    if (index < 0) {
      String looked = chosen != null ? "\"" + chosen + "\""
          : "named " + String.join(", ", usual.subList(0, usual.size() - 1)) + " or " + usual.get(usual.size() - 1);
      throw InputException.at(fileName, 1, "no column " + looked + " (columns: " + String.join(", ", header)
          + "); choose one with " + option);
    }
    return index;
  }

  /** The index of an optional column, -1 when absent; a column the user named must exist. */
  int optional(String chosen, List<String> usual, String option) {
    if (chosen != null) {
      int index = indexOf(chosen, true, option);
      if (index < 0) {
        throw InputException.at(fileName, 1, "no column \"" + chosen + "\" (columns: " + String.join(", ", header)
            + ")");
      }
      return index;
    }
    for (String name : usual) {
      int index = indexOf(name, false, option);
      if (index >= 0) {
        return index;
      }
    }
    return -1;
  }

  /** The names a JSON field is looked for under: the one chosen with an option, else the usual ones, best first. */
  static List<String> jsonFields(String chosen, List<String> usual) {
    return chosen != null ? List.of(chosen.strip()) : usual;
  }

  /**
   * The column named {@code name} ignoring case. Two columns that differ only in case (Abstract and abstract) are
   * refused rather than one picked: which holds the text cannot be told from the header, and reading the wrong one
   * would skip every paper or read the wrong field. A name the user chose ({@code exactWins}) settles it when one
   * column is spelled exactly so.
   */
  private int indexOf(String name, boolean exactWins, String option) {
    String wanted = name.strip();
    if (exactWins) {
      List<Integer> exact = matching(wanted::equals);
      if (exact.size() > 1) {
        throw InputException.at(fileName, 1, "two columns are named \"" + wanted + "\"; rename one");
      }
      if (exact.size() == 1) {
        return exact.get(0);
      }
    }
    List<Integer> found = matching(wanted::equalsIgnoreCase);
    if (found.size() > 1) {
      throw InputException.at(fileName, 1, "columns " + found.stream().map(i -> "\"" + header.get(i).strip() + "\"")
          .collect(Collectors.joining(" and ")) + " both match " + wanted
          + "; choose one by its exact name with " + option);
    }
    return found.isEmpty() ? -1 : found.get(0);
  }

  /** The indexes of the columns whose stripped name passes {@code test}, in header order. */
  private List<Integer> matching(Predicate<String> test) {
    return IntStream.range(0, header.size()).filter(i -> test.test(header.get(i).strip())).boxed()
        .toList();
  }
}
