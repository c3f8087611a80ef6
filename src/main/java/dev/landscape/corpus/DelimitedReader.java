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

  DelimitedReader(InputFile file, char delimiter, ReadOptions.Columns chosen) {
    this.file = file;
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
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

  /** Invalid UTF-8 was decoded as a mark (see {@link InputFile#markingReader}): an error naming the record's line. */
  private void checkUtf8(String[] values, long line) {
    for (String value : values) {
      if (value != null && value.indexOf(InputFile.INVALID) >= 0) {
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
