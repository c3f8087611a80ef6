package dev.landscape.corpus;

/**
 * Input that cannot be used at all: unreadable, the wrong format, or a record fault under the {@code fail} policy.
 *
 * <p>The message is the whole one-line explanation a user sees, in the form {@code file:line: what is wrong}; the
 * command line turns it into exit code 2 without a stack trace.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An error at a line (or record) of a file; {@code line <= 0} means the file as a whole. */
  public static InputException at(String file, long line, String what) {
    return new InputException(line > 0 ? file + ":" + line + ": " + what : file + ": " + what);
  }
}
