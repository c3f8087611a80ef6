package dev.landscape.corpus;

import dev.landscape.io.InputException;
import java.io.Closeable;
import java.io.IOException;

/** A format-specific reader that hands out raw records one at a time. */
interface RecordReader extends Closeable {
  /**
   * The next record, or {@code null} at the end of the input.
   *
   * @throws RecordFaultException when this record is faulty; the reader can go on with the next one
   * @throws InputException when the input as a whole cannot be read further
   */
  RawRecord next() throws IOException, RecordFaultException;
}
