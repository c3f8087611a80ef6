package dev.landscape.corpus;

import dev.landscape.io.InputException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The dataset-viewer export: a header block that names each column followed by its type and statistics
 * ({@code arxiv_id / stringlengths / 9 / 12 / abstract / stringlengths / 431 / 13.8k}), then one line per field,
 * record after record.
 */
final class ViewerReader implements RecordReader {
  private static final Pattern STAT = Pattern.compile("^-?\\d+(?:\\.\\d+)?(?:[kKMBG])?$|^\\d+ values?$|^null$");

  private final LineSource lines;
  private final List<String> columns;
  private final ColumnResolver.Indexes fields;

  ViewerReader(LineSource lines, ReadOptions.Columns chosen) {
    this.lines = lines;
    this.columns = readHeader();
    this.fields = new ColumnResolver(lines.fileName(), columns).resolve(chosen);
  }

  /**
   * Reads column blocks (name, type, statistics) until a line is not followed by a type; that line is the first
   * field of the first record. How many statistics follow a type depends on the type: lengths and numbers have a
   * minimum and a maximum, classes a count.
   */
  private List<String> readHeader() {
    List<String> names = new ArrayList<>();
    String name = lines.readLine();
    while (name != null && name.isBlank()) {
      name = lines.readLine(); // blank lines before the header
    }
    while (name != null) {
      String type = lines.readLine();
      if (type == null || !FormatDetector.VIEWER_DTYPE.matcher(type.strip()).matches()) {
        if (names.isEmpty()) {
          throw InputException.at(lines.fileName(), Math.max(1, lines.lineNumber()),
              "not a dataset-viewer export: expected a column type such as \"stringlengths\" on line 2");
        }
        buffer(name, type);
        break;
      }
      names.add(name.strip());
      for (int i = 0; i < statCount(type.strip()); i++) {
        String stat = lines.readLine();
        if (stat == null || !STAT.matcher(stat.strip()).matches()) {
          throw InputException.at(lines.fileName(), lines.lineNumber(),
              "expected a statistic of column \"" + name.strip() + "\" in the header, found: " + shorten(stat));
        }
      }
      name = lines.readLine();
    }
    if (buffered.isEmpty()) {
      throw InputException.at(lines.fileName(), 0, "has a header but no records");
    }
    return names;
  }

  private static int statCount(String type) {
    if (type.endsWith("lengths") || type.matches("^u?int\\d+$|^float\\d+$|^timestamp.*|^date\\d*$")) {
      return 2;
    }
    return type.endsWith("classes") ? 1 : 0;
  }

  /** Lines read ahead while looking for the end of the header, not yet consumed as fields. */
  private final ArrayDeque<String> buffered = new ArrayDeque<>();
  /** The number of the line last consumed as a field. */
  private long consumedLine;

  private void buffer(String... ahead) {
    for (String line : ahead) {
      if (line != null) {
        buffered.add(line);
      }
    }
    consumedLine = lines.lineNumber() - buffered.size();
  }

  private String nextLine() {
    if (!buffered.isEmpty()) {
      consumedLine++;
      return buffered.poll();
    }
    String line = lines.readLine();
    consumedLine = lines.lineNumber();
    return line;
  }

  @Override
  public RawRecord next() throws RecordFaultException {
    while (true) {
      String first = nextLine();
      if (first == null) {
        return null;
      }
      long startLine = consumedLine;
      String[] fields = new String[columns.size()];
      fields[0] = first;
      boolean allBlank = first.isBlank();
      for (int i = 1; i < fields.length; i++) {
        fields[i] = nextLine();
        if (fields[i] == null) {
          if (allBlank) {
            return null; // trailing blank lines
          }
          throw new RecordFaultException(RecordFault.MALFORMED, startLine,
              "truncated record: " + i + " of " + fields.length + " lines at the end of the file");
        }
        allBlank &= fields[i].isBlank();
      }
      if (!allBlank) {
        return this.fields.record(startLine, fields);
      }
    }
  }

  private static String shorten(String s) {
    if (s == null) {
      return "end of file";
    }
    return s.length() > 40 ? "\"" + s.substring(0, 40) + "...\"" : "\"" + s + "\"";
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
