package dev.landscape.cli;

import dev.landscape.io.ControlCharacters;
import dev.landscape.io.InputException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line on standard error and an exit code: 2 for unusable input, 1 for anything else.
 * The stack trace is printed only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  private final LandscapeCommand root;

  ErrorHandler(LandscapeCommand root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    var err = cmd.getErr();
    int code;
    String message;
    if (causedByOutOfMemory(e)) {
      // Thrown in a worker thread, it arrives wrapped; say what it is and what to do, not "internal error".
      code = ExitCodes.FAILURE;
      message = Main.outOfMemory(Runtime.getRuntime().maxMemory());
    } else if (e instanceof InputException) {
      code = ExitCodes.USAGE;
      message = e.getMessage();
    } else if (e instanceof UncheckedIOException) {
      code = ExitCodes.FAILURE;
      message = e.getMessage();
    } else {
      code = ExitCodes.FAILURE;
      message = "internal error: " + e + (root.verbose ? "" : " (run with --verbose for details)");
    }
    // Messages quote input (file names, ids, dates): its control characters are shown, not obeyed.
    err.println("landscape: " + ControlCharacters.visible(message));
    if (root.verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static boolean causedByOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }
}
