package dev.landscape.progress;

/**
 * Where long stages report how far they are. The command line shows a bar on a terminal and log lines elsewhere;
 * tests and library callers use {@link #NONE}.
 */
public interface Progress {
  /** Reports nothing. */
  Progress NONE = (name, total, unit) -> Task.NONE;

  /** The unit of a task counted in bytes: shown in MiB. */
  String BYTES = "bytes";

  /**
   * Starts a task.
   *
   * @param name what is being done ("Reading", "Training")
   * @param total the number of steps, or -1 when unknown in advance (a streamed file)
   * @param unit what a step is ("papers", "iterations")
   */
  Task start(String name, long total, String unit);

  /** One running task; closing it marks it done. */
  interface Task extends AutoCloseable {
    Task NONE = new Task() {
      @Override
      public void stepTo(long done) {}

      @Override
      public void message(String message) {}

      @Override
      public void close() {}
    };

    /** {@code done} steps are complete. */
    void stepTo(long done);

    /** A short status shown beside the bar (for example the log-likelihood per token). */
    void message(String message);

    @Override
    void close();
  }
}
