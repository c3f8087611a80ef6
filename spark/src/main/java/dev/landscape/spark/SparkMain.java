package dev.landscape.spark;

import dev.landscape.io.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The entry point spark-submit calls; only exits, with the code of {@link #run}. */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the job with {@code args}, printing to {@code out} and {@code err}: 0 on success, 1 when the job failed,
   * 2 for bad usage or unusable input, each error in one line.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new SparkCommand());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler((e, given) -> {
      err.println("landscape-spark: " + e.getMessage());
      err.println("Try 'landscape-spark --help' for more information.");
      return 2;
    });
    cmd.setExecutionExceptionHandler((e, line, parsed) -> {
      Throwable cause = rootInput(e);
      if (cause instanceof InputException input) {
        err.println("landscape-spark: " + input.getMessage());
        return 2;
      }
      // What failed, in one line: the cause's kind and the first line of its message (Spark's are long).
      err.println("landscape-spark: the job failed: " + cause.getClass().getSimpleName() + (cause.getMessage() == null
          ? "" : ": " + cause.getMessage().lines().findFirst().orElse("")));
      if (Boolean.getBoolean("landscape.verbose")) {
        e.printStackTrace(err);
      }
      return 1;
    });
    return cmd.execute(args);
  }

  /** The input error inside a Spark failure (a task's exception arrives wrapped), else the deepest cause. */
  private static Throwable rootInput(Throwable e) {
    Throwable deepest = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InputException) {
        return t;
      }
      deepest = t;
    }
    return deepest;
  }
}
