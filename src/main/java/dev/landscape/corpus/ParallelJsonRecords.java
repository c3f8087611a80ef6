package dev.landscape.corpus;

import dev.landscape.concurrent.Futures;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * JSON Lines records parsed by a small pool while the calling thread goes on reading lines: parsing JSON costs
 * more than reading and decompressing, so on a large corpus it would otherwise bound the whole preparation.
 * Records come out in file order, exactly as {@link JsonLinesReader} alone would give them.
 */
final class ParallelJsonRecords implements RecordReader {
  private static final int CHUNK = 512;

  private final JsonLinesReader reader;
  private final ExecutorService pool;
  private final int depth;
  private final ArrayDeque<Future<List<Object>>> inFlight = new ArrayDeque<>();
  private Iterator<Object> current = List.of().iterator();
  private boolean exhausted;

  ParallelJsonRecords(JsonLinesReader reader, int threads) {
    this.reader = reader;
    this.depth = threads + 1;
    this.pool = Futures.pool(threads, "json");
  }

  @Override
  public RawRecord next() throws RecordFaultException {
    while (!current.hasNext()) {
      fill();
      if (inFlight.isEmpty()) {
        return null;
      }
      current = Futures.await(inFlight.poll(), "reading").iterator();
    }
    Object next = current.next();
    if (next instanceof RecordFaultException fault) {
      throw fault;
    }
    return (RawRecord) next;
  }

  /** Reads lines on this thread and hands chunks of them to the pool, keeping {@code depth} chunks ahead. */
  private void fill() {
    while (!exhausted && inFlight.size() < depth) {
      List<String> lines = new ArrayList<>(CHUNK);
      long[] numbers = new long[CHUNK];
      String line;
      while (lines.size() < CHUNK && (line = reader.nextLine()) != null) {
        numbers[lines.size()] = reader.lineNumber();
        lines.add(line);
      }
      exhausted = lines.size() < CHUNK;
      if (!lines.isEmpty()) {
        inFlight.add(pool.submit(() -> parseAll(lines, numbers)));
      }
    }
  }

  /** Each line's record, or the fault that it has. */
  private List<Object> parseAll(List<String> lines, long[] numbers) {
    List<Object> records = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      try {
        records.add(reader.parse(lines.get(i), numbers[i]));
      } catch (RecordFaultException e) {
        records.add(e);
      }
    }
    return records;
  }

  @Override
  public void close() throws IOException {
    pool.shutdownNow();
    reader.close();
  }
}
