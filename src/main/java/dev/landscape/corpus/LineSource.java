package dev.landscape.corpus;

import dev.landscape.io.InputException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;

/**
 * Lines of an {@link InputFile} with their numbers; a byte-order mark at the start of any line is dropped (files
 * joined with {@code cat} carry one per part, and U+FEFF starts no real text), and invalid UTF-8 is an error naming
 * its line.
 */
final class LineSource implements Closeable {
  private final InputFile file;
  private final BufferedReader reader;
  private long lineNumber;

  LineSource(InputFile file) {
    this.file = file;
    this.reader = file.markingReader(true);
  }

  /** The next line without its terminator (LF, CRLF or CR), or {@code null} at the end. */
  String readLine() {
    try {
      String line = reader.readLine();
      if (line == null) {
        return null;
      }
      lineNumber++;
      if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (InputFile.hasInvalid(line)) {
        throw file.readError(lineNumber, new java.nio.charset.MalformedInputException(1));
      }
      return line;
    } catch (IOException e) {
      throw file.readError(lineNumber + 1, e);
    }
  }

  /** The number of the line last returned (1-based). */
  long lineNumber() {
    return lineNumber;
  }

  String fileName() {
    return file.name();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
