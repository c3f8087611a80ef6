package dev.landscape.io;

/**
 * Input that cannot be used at all: unreadable, the wrong format, or a record fault under the {@code fail} policy.
 *
 * <p>The message is the whole one-line explanation a user sees, in the form {@code file:line: what is wrong}; the
 * command line turns it into exit code 2 without a stack trace.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(oneLine(message));
  }

  public InputException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  /**
   * The message on one line: messages quote corpus text (a column name, an id), which may hold line breaks or other
   * control characters; they are shown escaped ({@code \n}, {@code \t}, other codes as hex) so the error stays one line and cannot
   * move a terminal's cursor.
   */
  static String oneLine(String message) {
    if (message == null || message.chars().noneMatch(Character::isISOControl)) {
      return message;
    }
    StringBuilder sb = new StringBuilder(message.length() + 8);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** An error at a line (or record) of a file; {@code line <= 0} means the file as a whole. */
  public static InputException at(String file, long line, String what) {
    return new InputException(line > 0 ? file + ":" + line + ": " + what : file + ": " + what);
  }
}
