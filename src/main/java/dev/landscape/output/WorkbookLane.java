package dev.landscape.output;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * The workbook written on a thread of its own, beside the CSVs: every call on the workbook (a sheet opened, a row, a
 * sheet closed, the file written) becomes a task that one thread runs in the order given, so the workbook is the one
 * a single thread would write, byte for byte. A bounded queue keeps the rows in flight few (the caller waits when it
 * is full), so memory does not grow with the tables. On 78,240 papers the workbook's XML and zip took about 5 of the
 * 9 s of the tables, the CSVs the rest.
 */
final class WorkbookLane implements AutoCloseable {
  /** Tasks waiting, at most: a few thousand rows. */
  private static final int QUEUE = 4096;
  private static final Runnable STOP = () -> {};

  private final Workbook book;
  private final BlockingQueue<Runnable> tasks = new ArrayBlockingQueue<>(QUEUE);
  private final Thread thread;
  /** The first failure of a task: a RuntimeException, or an Error such as OutOfMemoryError. */
  private volatile Throwable failure;

  WorkbookLane(Workbook book) {
    this.book = book;
    this.thread = new Thread(this::work, "landscape-workbook");
    thread.setDaemon(true);
    thread.start();
  }

  private void work() {
    try {
      for (Runnable task = tasks.take(); task != STOP; task = tasks.take()) {
        if (failure == null) {
          try {
            task.run();
          } catch (RuntimeException e) {
            // The rest is skipped; the caller sees it at the next call or at close, as one line naming the file
            // when it is a write error (SXSSF wraps the disk's in an IllegalStateException).
            failure = WriteFailure.ifWrite(Workbook.FILE, e);
          } catch (Error e) {
            // Out of memory, say: this thread lives on to drain the queue, so the caller never waits for ever.
            failure = e;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void submit(Runnable task) {
    rethrow();
    try {
      tasks.put(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("interrupted while writing the workbook");
    }
  }

  private void rethrow() {
    Throwable failed = failure;
    if (failed instanceof Error error) {
      throw error;
    }
    if (failed != null) {
      throw (RuntimeException) failed;
    }
  }

  /** The sheet of a table, opened in turn on the lane; its rows follow it there. */
  RowSink sheet(TableSchema schema, long rows, boolean matrix) {
    return new Sheet(() -> book.sheet(schema, rows, matrix));
  }

  /** Waits for every task, writes the workbook on the lane, and stops it; rethrows what failed there. */
  @Override
  public void close() {
    submit(book::close);
    try {
      tasks.put(STOP);
      thread.join();
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("interrupted while writing the workbook");
    }
    rethrow();
  }

  /** A sheet whose every call runs on the lane; only the lane's thread touches {@code target}. */
  private final class Sheet implements RowSink {
    private RowSink target;

    Sheet(Supplier<RowSink> open) {
      submit(() -> target = open.get());
    }

    @Override
    public void row(Object... cells) {
      // A caller may fill one array for every row (doc-topics does): the lane gets its own copy.
      Object[] copy = cells.clone();
      submit(() -> target.row(copy));
    }

    @Override
    public void close() {
      submit(() -> target.close());
    }
  }
}
