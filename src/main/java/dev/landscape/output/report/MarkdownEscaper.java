package dev.landscape.output.report;

/**
 * Escapes text from the corpus for Markdown (GitHub and CommonMark): characters that could start emphasis, a link,
 * an image, code, a heading or a table cell get a backslash, and so does a value's first character when it would
 * start a list ({@code - }, {@code + }, {@code 1. }); {@code <}, {@code >} and {@code &} become entities, so raw
 * HTML and autolinks in a title stay text; line breaks become spaces, so a value stays in its cell or list item.
 */
final class MarkdownEscaper {
  private static final String SPECIAL = "\\`*_{}[]#|~!";
  private static final java.util.regex.Pattern LIST_START =
      java.util.regex.Pattern.compile("^(\\s*)([-+]|\\d{1,9}[.)])(?=\\s|$)");

  private MarkdownEscaper() {}

  static String escape(String raw) {
    java.util.regex.Matcher list = LIST_START.matcher(raw);
    String text = raw;
    String prefix = "";
    if (list.find()) {
      // Escape the marker's last character, as in "\\-" or "1\\.".
      int at = list.end() - 1;
      prefix = raw.substring(0, at) + "\\" + raw.charAt(at);
      text = raw.substring(at + 1);
    }
    StringBuilder out = new StringBuilder(prefix);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> {
          if (dev.landscape.io.ControlCharacters.isControl(c)) {
            out.append('\uFFFD'); // NUL, ESC, backspace: no Markdown means them, and terminals obey them
            continue;
          }
          if (SPECIAL.indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
