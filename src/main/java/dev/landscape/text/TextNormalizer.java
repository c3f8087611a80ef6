package dev.landscape.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans an abstract before tokenizing: the mess that arXiv exports and dataset dumps carry.
 *
 * <ul>
 *   <li>Unicode NFKC (ligatures such as "ﬁ", full-width letters, non-breaking spaces), curly quotes folded to
 *       straight ones, dashes between words to a separating " - ", Unicode hyphens to "-";
 *   <li>words hyphenated across a line break joined ({@code pre-\ntrained} to {@code pretrained});
 *   <li>URLs (also glued to the word before them: {@code athttps://github.com/x}) and e-mail addresses removed;
 *   <li>LaTeX: math ({@code $...$}, {@code \(...\)}, {@code \[...\]}) removed, text commands unwrapped
 *       ({@code \textit{word}} to {@code word}), references ({@code \cite{...}}) removed, {@code ~} and escaped
 *       symbols ({@code \%}) turned back into text;
 *   <li>footnote markers glued after punctuation ({@code research.111Code} to {@code research. Code}).
 * </ul>
 *
 * <p>Each step first checks cheaply whether it can apply, since most abstracts need few of them.
 */
public final class TextNormalizer {
  private static final Pattern LINE_BREAK_HYPHEN = Pattern.compile("(\\p{L})-[ \\t]*\\R[ \\t]*(\\p{Ll})");
  private static final Pattern URL = Pattern.compile(
      "(?:https?://|ftp://|www\\.)[^\\s<>\"'()\\[\\]{}]*[^\\s<>\"'()\\[\\]{}.,;:!?]"
          + "|\\b(?:github|gitlab|huggingface|bitbucket)\\.(?:com|co|io|org)/\\S*[^\\s.,;:!?)]");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern DISPLAY_MATH = Pattern.compile("\\$\\$.*?\\$\\$|\\\\\\[.*?\\\\\\]", Pattern.DOTALL);
  private static final Pattern INLINE_MATH = Pattern.compile("(?<!\\\\)\\$(?:[^$\\\\]|\\\\.){1,400}?\\$|\\\\\\(.*?\\\\\\)",
      Pattern.DOTALL);
  private static final Pattern DROPPED_COMMAND = Pattern.compile(
      "\\\\(?:cite[a-z]*|ref|eqref|autoref|cref|label|url|footnote|href\\{[^}]*})\\s*(?:\\[[^\\]]*])?\\{[^}]*}");
  private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\[a-zA-Z]+\\*?\\s*\\{([^{}]*)}");
  private static final Pattern ESCAPED_SYMBOL = Pattern.compile("\\\\([%&_#$])");
  private static final Pattern BARE_COMMAND = Pattern.compile("\\\\[a-zA-Z]+\\*?");
  private static final Pattern FOOTNOTE = Pattern.compile("(\\p{Ll}[.,;:)])\\d{1,3}(?=\\p{Lu})");

  private TextNormalizer() {}

  /** The cleaned text. */
  public static String normalize(String text) {
    String s = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = foldPunctuation(s);
    if (hasHyphenAtLineEnd(s)) {
      s = LINE_BREAK_HYPHEN.matcher(s).replaceAll("$1$2");
    }
    if (s.contains("://") || s.contains("www.") || s.contains(".com/") || s.contains(".io/") || s.contains(".co/")) {
      s = URL.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('@') >= 0) {
      s = EMAIL.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('$') >= 0 || s.indexOf('\\') >= 0) {
      s = latex(s);
    }
    if (s.indexOf('~') >= 0) {
      s = s.replace('~', ' ');
    }
    return hasDigitAfterPunctuation(s) ? FOOTNOTE.matcher(s).replaceAll("$1 ") : s;
  }

  /** A cheap test for {@link #LINE_BREAK_HYPHEN}: a hyphen followed by spaces and a line break. */
  private static boolean hasHyphenAtLineEnd(String s) {
    for (int i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
      int j = i + 1;
      while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
        j++;
      }
      if (j < s.length() && (s.charAt(j) == '\n' || s.charAt(j) == '\r')) {
        return true;
      }
    }
    return false;
  }

  /** A cheap test for {@link #FOOTNOTE}: a digit right after sentence punctuation. */
  private static boolean hasDigitAfterPunctuation(String s) {
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        char p = s.charAt(i - 1);
        if (p == '.' || p == ',' || p == ';' || p == ':' || p == ')') {
          return true;
        }
      }
    }
    return false;
  }

  private static String latex(String s) {
    s = DISPLAY_MATH.matcher(s).replaceAll(" ");
    s = INLINE_MATH.matcher(s).replaceAll(" ");
    if (s.indexOf('\\') < 0) {
      return s;
    }
    s = DROPPED_COMMAND.matcher(s).replaceAll(" ");
    // Unwrap from the inside out: \textbf{\textit{word}} takes two rounds.
    for (int round = 0; round < 3 && s.indexOf('{') >= 0; round++) {
      String unwrapped = TEXT_COMMAND.matcher(s).replaceAll("$1");
      if (unwrapped.equals(s)) {
        break;
      }
      s = unwrapped;
    }
    s = ESCAPED_SYMBOL.matcher(s).replaceAll("$1");
    return BARE_COMMAND.matcher(s).replaceAll(" ");
  }

  /** Curly quotes to straight, Unicode hyphens to "-", dashes between words to a separating " - ". */
  private static String foldPunctuation(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> "'";
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> "\"";
        case '\u2010', '\u2011' -> "-";
        case '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> " - ";
        case '\u00AD' -> ""; // soft hyphen
        default -> null;
      };
      if (replacement != null && sb == null) {
        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (sb != null) {
        if (replacement != null) {
          sb.append(replacement);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }
}
