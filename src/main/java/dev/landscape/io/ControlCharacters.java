package dev.landscape.io;

/**
 * Control characters in text that came from outside: a corpus, a file name, a themes file. They are no text; in a
 * terminal they move the cursor, clear the screen or forge log lines, and in XML (SVG, the deck) most of them are
 * illegal even escaped, so one of them makes a chart unreadable. Two treatments: {@link #replace} for text that is
 * kept (U+FFFD, as a decoder marks bad bytes), {@link #visible} for text quoted in a message on a terminal.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /**
   * Whether {@code c} is a control: C0 and C1 controls and DEL (tab, line feed and carriage return included), the
   * bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), which reorder what a
   * terminal or browser shows (a file name that displays as another), and the noncharacters U+FFFE and U+FFFF,
   * which are valid UTF-8 but illegal in XML (one in a theme name made three SVG charts unreadable).
   */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0xFFFE || c == 0xFFFF;
  }

  /** Whether text that is kept may hold {@code c}: tab, line feed and carriage return are layout, not controls. */
  private static boolean keptLayout(char c) {
    return c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * {@code text} with every control except tab, line feed and carriage return replaced by U+FFFD; the same string
   * when it has none (the common case costs one scan).
   */
  public static String replace(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c) && !keptLayout(c)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * {@code text} for one line of a terminal: every control, tab and line breaks included, written as an escape
   * ({@code \n}, {@code \t}, {@code \x1b}, {@code \u202e}), so a message quoting input stays one line and does only
   * what its words say.
   */
  public static String visible(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c <= 0xFF ? String.format(java.util.Locale.ROOT, "\\x%02x", (int) c)
            : String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }
}
