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
 * <p>Each step first checks cheaply whether it can apply, since most abstracts need few of them, and every step is
 * linear in the text (see {@link Links} and {@link Latex}): no abstract, however hostile, costs more than a few times
 * another of its length. The regexes left here cannot backtrack beyond a run of spaces or a few digits.
 */
public final class TextNormalizer {
  private static final Pattern LINE_BREAK_HYPHEN = Pattern.compile("(\\p{L})-[ \\t]*(?:\\r\\n?|\\n)[ \\t]*(\\p{Ll})");
  private static final Pattern FOOTNOTE = Pattern.compile("(\\p{Ll}[.,;:)])\\d{1,3}(?=\\p{Lu})");
  private static final char[] FOOTNOTE_MARKS = {'.', ',', ';', ':', ')'};

  private TextNormalizer() {}

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
    s = Links.removeUrls(s);
    if (s.indexOf('@') >= 0) {
      s = Links.removeEmails(s);
    }
    if (s.indexOf('$') >= 0 || s.indexOf('\\') >= 0) {
      s = Latex.clean(s);
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
