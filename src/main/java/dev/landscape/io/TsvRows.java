package dev.landscape.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of a tab-separated file with a header line, such as the files of a saved model. Every fault is an
 * {@link InputException} naming the file and line, never a stack trace.
 */
public final class TsvRows {
  private TsvRows() {}

  /** Receives one row. */
  @FunctionalInterface
  public interface Handler {
    void accept(String[] row, At at);
  }

  /** Where a row came from, and checks of its fields that fail with the file and line. */
  public record At(Path file, long line) {
    public InputException fault(String message) {
      return new InputException(file + ":" + line + ": " + message);
    }

    public int integer(String text, int min, int max) {
      try {
        int value = Integer.parseInt(text);
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw fault("expected a whole number from " + min + " to " + max + ", found '" + text + "'");
    }

    public double number(String text) {
      try {
        double value = Double.parseDouble(text);
        if (Double.isFinite(value)) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw fault("expected a number, found '" + text + "'");
    }

    public double positive(String text) {
      try {
        double value = Double.parseDouble(text);
        if (value > 0 && Double.isFinite(value)) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw fault("expected a positive number, found '" + text + "'");
    }
  }

  /** Hands every row after the header to {@code handler}; each must have exactly {@code fields} fields. */
  public static void read(Path file, int fields, Handler handler) {
    read(file, fields, fields, handler);
  }

  /**
   * As {@link #read(Path, int, Handler)}, for a file with {@code minFields} to {@code maxFields} columns (a column
   * added in a later version); every row has as many fields as the header.
   */
  public static void read(Path file, int minFields, int maxFields, Handler handler) {
    long line = 1;
    try (BufferedReader reader = new BufferedReader(new BoundedReader(
        new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()),
        BoundedReader.DEFAULT_LIMIT, true));
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(TsvWriter.FORMAT).get()) {
      java.util.Iterator<CSVRecord> records = parser.iterator();
      int fields = records.hasNext() ? records.next().size() : 0;
      if (fields < minFields || fields > maxFields) {
        throw new InputException(file + ":1: expected a header of " + (minFields == maxFields ? "" + minFields
            : minFields + " to " + maxFields) + " tab-separated columns");
      }
      while (records.hasNext()) {
        CSVRecord record = records.next();
        line = parser.getCurrentLineNumber();
        At at = new At(file, line);
        if (record.size() != fields) {
          throw at.fault("expected " + fields + " tab-separated fields, found " + record.size());
        }
        handler.accept(record.values(), at);
      }
    } catch (java.io.UncheckedIOException e) {
      // Commons CSV wraps what the reader throws while iterating
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException
          || e.getCause() instanceof BoundedReader.RecordTooLongException) {
        throw SmallFiles.failure(file, line + 1, e.getCause());
      }
      throw new InputException(file + ":" + (line + 1) + ": " + e.getMessage());
    } catch (java.nio.charset.CharacterCodingException | java.nio.file.NoSuchFileException
        | BoundedReader.RecordTooLongException e) {
      throw SmallFiles.failure(file, line + 1, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
