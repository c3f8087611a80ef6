package dev.landscape.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The cleaning of {@link TextNormalizer} as it was written with regexes before its passes were made linear: the
 * reference the linear passes are checked against on short texts (where quadratic time does not matter).
 *
 * <p>Cleans an abstract before tokenizing: the mess that arXiv exports and dataset dumps carry.
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
final class RegexTextNormalizer {
  private static final Pattern LINE_BREAK_HYPHEN = Pattern.compile("(\\p{L})-[ \\t]*\\R[ \\t]*(\\p{Ll})");
  /** Hosts whose links often appear without a scheme. */
  private static final String[] BARE_HOSTS = {"github.com/", "gitlab.com/", "huggingface.co/", "bitbucket.org/"};
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern DISPLAY_MATH = Pattern.compile("\\$\\$.*?\\$\\$|\\\\\\[.*?\\\\\\]", Pattern.DOTALL);
  private static final Pattern PAREN_MATH = Pattern.compile("\\\\\\(.*?\\\\\\)", Pattern.DOTALL);
  /** Longest inline math removed; a lone dollar sign ("costs $5") must not swallow the rest of an abstract. */
  private static final int MAX_INLINE_MATH = 400;
  private static final Pattern DROPPED_COMMAND = Pattern.compile(
      "\\\\(?:cite[a-z]*|ref|eqref|autoref|cref|label|url|footnote|href\\{[^}]*})\\s*(?:\\[[^\\]]*])?\\{[^}]*}");
  private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\[a-zA-Z]+\\*?\\s*\\{([^{}]*)}");
  private static final Pattern ESCAPED_SYMBOL = Pattern.compile("\\\\([%&_#$])");
  private static final Pattern BARE_COMMAND = Pattern.compile("\\\\[a-zA-Z]+\\*?");
  private static final Pattern FOOTNOTE = Pattern.compile("(\\p{Ll}[.,;:)])\\d{1,3}(?=\\p{Lu})");
  private static final char[] FOOTNOTE_MARKS = {'.', ',', ';', ':', ')'};

  private RegexTextNormalizer() {}

  /** The cleaned text. */
  public static String normalize(String text) {
    String s = text;
    if (!isAscii(text)) { // ASCII text is its own NFKC form and holds no curly quote or dash to fold
      if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
      s = foldPunctuation(s);
    }
    if (hasHyphenAtLineEnd(s)) {
      s = LINE_BREAK_HYPHEN.matcher(s).replaceAll("$1$2");
    }
    s = removeUrls(s);
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

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Removes links: from a scheme ({@code https://}, even glued to the word before: {@code athttps://}) or
   * {@code www.} or a well-known code host, to the next space or bracket, trailing punctuation kept.
   */
  static String removeUrls(String s) {
    if (s.indexOf('/') < 0 && !s.contains("www.")) {
      return s; // every link form below has a slash or "www."
    }
    int start = urlStart(s, 0);
    if (start < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int copied = 0;
    while (start >= 0) {
      int end = start;
      while (end < s.length() && !isUrlStop(s.charAt(end))) {
        end++;
      }
      while (end > start && ".,;:!?".indexOf(s.charAt(end - 1)) >= 0) {
        end--;
      }
      sb.append(s, copied, start).append(' ');
      copied = end;
      start = urlStart(s, end);
    }
    return sb.append(s, copied, s.length()).toString();
  }

  private static int urlStart(String s, int from) {
    int best = -1;
    int scheme = s.indexOf("://", from);
    if (scheme >= 0) {
      int begin = scheme;
      for (String name : new String[] {"https", "http", "ftp"}) {
        if (scheme >= from + name.length() && s.startsWith(name, scheme - name.length())) {
          begin = scheme - name.length();
          break;
        }
      }
      best = begin;
    }
    int www = s.indexOf("www.", from);
    if (www >= 0 && (best < 0 || www < best)) {
      best = www;
    }
    for (String host : BARE_HOSTS) {
      int at = s.indexOf(host, from);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  private static boolean isUrlStop(char c) {
    return Character.isWhitespace(c) || "<>\"'()[]{}".indexOf(c) >= 0;
  }

  /** Removes {@code $...$} spans (not {@code \$}) of at most {@link #MAX_INLINE_MATH} characters. */
  private static String removeInlineMath(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '$' && (i == 0 || s.charAt(i - 1) != '\\')) {
        int close = i + 1;
        while (close < s.length() && close - i <= MAX_INLINE_MATH
            && (s.charAt(close) != '$' || s.charAt(close - 1) == '\\')) {
          close++;
        }
        if (close < s.length() && s.charAt(close) == '$' && close - i <= MAX_INLINE_MATH) {
          sb.append(' ');
          i = close + 1;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
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

  /**
   * A cheap test for {@link #FOOTNOTE}: lower-case letter, punctuation, digits, capital letter. It visits only the
   * punctuation marks (found by {@code indexOf}, which the JVM vectorizes) rather than every character.
   */
  private static boolean hasDigitAfterPunctuation(String s) {
    for (char mark : FOOTNOTE_MARKS) {
      for (int i = s.indexOf(mark, 1); i >= 0 && i < s.length() - 2; i = s.indexOf(mark, i + 1)) {
        if (isAsciiDigit(s.charAt(i + 1)) && Character.isLowerCase(s.charAt(i - 1))) {
          int j = i + 1;
          while (j < s.length() && isAsciiDigit(s.charAt(j))) {
            j++;
          }
          if (j < s.length() && Character.isUpperCase(s.charAt(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String latex(String s) {
    if (s.contains("$$") || s.contains("\\[")) {
      s = DISPLAY_MATH.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('$') >= 0) {
      s = removeInlineMath(s);
    }
    if (s.contains("\\(")) {
      s = PAREN_MATH.matcher(s).replaceAll(" ");
    }
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
