package dev.landscape.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The cleaning of {@link TextNormalizer} written again with regular expressions, applied to every text: the reference
 * the linear passes are checked against on short texts (where quadratic time does not matter). It shares no code with
 * them.
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
 */
final class RegexTextNormalizer {
  private static final Pattern LINE_BREAK_HYPHEN = Pattern.compile("(\\p{L})-[ \\t]*(?:\\r\\n?|\\n)[ \\t]*(\\p{Ll})");
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

  private RegexTextNormalizer() {}

  /**
   * Links: from a scheme ({@code https://}, even glued to the word before: {@code athttps://}), {@code www.} or a
   * well-known code host, to the next white space or bracket, trailing punctuation kept.
   */
  private static final Pattern URL = Pattern.compile("(?:(?:https|http|ftp)?(?=://)|(?=www\\.)"
      + "|(?=github\\.com/)|(?=gitlab\\.com/)|(?=huggingface\\.co/)|(?=bitbucket\\.org/))"
      + "[^\\p{javaWhitespace}<>\"'()\\[\\]{}]*?(?=[.,;:!?]*(?:[\\p{javaWhitespace}<>\"'()\\[\\]{}]|$))");
  /** Inline math: an unescaped {@code $} to the next unescaped one, at most 400 characters on. */
  private static final Pattern INLINE_MATH = Pattern.compile("(?<!\\\\)\\$(?s:.){0," + (MAX_INLINE_MATH - 1)
      + "}?(?<!\\\\)\\$");

  /**
   * The cleaned text. Every step is applied to every text, slowly and simply; the code under test first checks
   * cheaply whether a step can apply and scans by hand. Written apart from it, so that the two agree only when both
   * are right.
   */
  public static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = foldPunctuation(s);
    s = LINE_BREAK_HYPHEN.matcher(s).replaceAll("$1$2");
    s = URL.matcher(s).replaceAll(" ");
    s = EMAIL.matcher(s).replaceAll(" ");
    s = latex(s);
    s = s.replace('~', ' ');
    return FOOTNOTE.matcher(s).replaceAll("$1 ");
  }

  private static String latex(String s) {
    if (s.contains("$$") || s.contains("\\[")) {
      s = DISPLAY_MATH.matcher(s).replaceAll(" ");
    }
    s = INLINE_MATH.matcher(s).replaceAll(" ");
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
