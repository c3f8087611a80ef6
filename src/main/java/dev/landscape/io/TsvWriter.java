package dev.landscape.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a tab-separated file with a header line through Commons CSV, as {@link TsvRows} reads it: tabs between
 * fields, {@code \n} after each row, and a field quoted (RFC 4180 style, {@code "} doubled) only when it holds a tab,
 * a quote or a line break, or starts with a character Commons CSV always quotes. Text from a themes file or a
 * corpus can hold anything; numbers and codes are written as they are.
 */
public final class TsvWriter implements Closeable {
  /** The format of every TSV landscape writes and reads. */
  public static final CSVFormat FORMAT = CSVFormat.Builder.create().setDelimiter('\t').setQuote('"')
      .setRecordSeparator("\n").setQuoteMode(QuoteMode.MINIMAL).get();

  private final CSVPrinter printer;

  private TsvWriter(CSVPrinter printer) {
    this.printer = printer;
  }

  /** Creates {@code file} (replacing it) and writes the header. */
  public static TsvWriter create(Path file, List<String> header) throws IOException {
    CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        FORMAT.builder().setHeader(header.toArray(String[]::new)).get());
    return new TsvWriter(printer);
  }

  /** Writes one row; each value as {@link String#valueOf(Object)} gives it (doubles as their shortest exact text). */
  public void row(Object... values) throws IOException {
    printer.printRecord(values);
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
