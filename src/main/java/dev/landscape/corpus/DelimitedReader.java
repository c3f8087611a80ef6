package dev.landscape.corpus;

import dev.landscape.io.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV or TSV with a header row, through Commons CSV (quoted fields may hold delimiters and newlines). */
final class DelimitedReader implements RecordReader {
  private final InputFile file;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final int width;
  private final ColumnResolver.Indexes fields;

  /** @param quoted whether fields may be quoted, as in CSV ({@link #usesQuoting} tells for TSV) */
  DelimitedReader(InputFile file, char delimiter, boolean quoted, ReadOptions.Columns chosen) {
    this.file = file;
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setQuote(quoted ? Character.valueOf('"') : null)
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .setAllowMissingColumnNames(true)
        .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
        .get();
    try {
      this.parser = CSVParser.builder().setReader(file.markingReader(false)).setFormat(format).get();
    } catch (IOException e) {
      throw file.readError(1, e);
    } catch (IllegalArgumentException e) {
      throw InputException.at(file.name(), 1, "bad header row: " + e.getMessage());
    }
    List<String> header = parser.getHeaderNames().stream().map(DelimitedReader::stripBom).toList();
    checkUtf8(header.toArray(String[]::new), 1);
    if (header.isEmpty()) {
      throw InputException.at(file.name(), 1, "has no header row");
    }
    this.width = header.size();
    this.fields = new ColumnResolver(file.name(), header).resolve(chosen);
    this.records = parser.iterator();
  }

  /**
   * Whether a TSV file quotes its fields as CSV does. Plain TSV has no quoting: a title that starts with a quote
   * ("What's my model inside of?": ...) is text, and quoted-mode parsing would refuse the file or read across lines.
   * But tools such as pandas quote fields that hold a tab or newline, and abstracts often hold newlines. So quoting is
   * assumed only when the file's start shows it: a line holding a quote whose tab count differs from the header's
   * (a quoted field holding a tab or spanning lines), or a whole field quoted with a doubled quote inside it.
   */
  static boolean usesQuoting(byte[] head) {
    List<String> lines = new String(head, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    if (lines.size() < 2) {
      return false;
    }
    int width = lines.get(0).split("\t", -1).length;
    // The last line may be cut off by the head's end, unless the head ends a line.
    boolean lastWhole = head[head.length - 1] == '\n';
    for (String line : lines.subList(1, lastWhole ? lines.size() : lines.size() - 1)) {
      if (line.indexOf('"') < 0 || line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != width) {
        return true;
      }
      for (String field : fields) {
        if (QUOTED_FIELD.matcher(field).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /** A field written quoted, with a doubled quote inside: what a quoting writer produces and plain text never is. */
  private static final java.util.regex.Pattern QUOTED_FIELD = java.util.regex.Pattern.compile(
      "\"[^\"]*(?:\"\"[^\"]*)+\"");

  /** Invalid UTF-8 was decoded as a mark (see {@link InputFile#markingReader}): an error naming the record's line. */
  private void checkUtf8(String[] values, long line) {
    for (String value : values) {
      if (value != null && InputFile.hasInvalid(value)) {
        throw file.readError(line, new java.nio.charset.MalformedInputException(1));
      }
    }
  }

  private static String stripBom(String name) {
    return name.startsWith("\uFEFF") ? name.substring(1) : name;
  }

  @Override
  public RawRecord next() throws RecordFaultException {
    CSVRecord record;
    long line = parser.getCurrentLineNumber() + 1; // where the next record starts: the header was line 1
    try {
      if (!records.hasNext()) {
        return null;
      }
      record = records.next();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof dev.landscape.io.BoundedReader.RecordTooLongException cause) {
        throw file.readError(line, cause);
      }
      // Commons CSV reports a broken quote or undecodable bytes this way; the rest of the file cannot be trusted.
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException cause) {
        throw file.readError(parser.getCurrentLineNumber() + 1, cause);
      }
      // Commons CSV puts "(startline N)" in front; the line is already in our prefix.
      String why = String.valueOf(e.getCause().getMessage()).replaceFirst("^\\(startline \\d+\\) ", "");
      throw InputException.at(file.name(), line, "unreadable CSV: " + why);
    }
    file.recordDone();
    checkUtf8(record.values(), line);
    if (record.size() != width) {
      throw new RecordFaultException(RecordFault.MALFORMED, line,
          "expected " + width + " fields as in the header, found " + record.size());
    }
    return fields.record(line, record.values());
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
