package dev.landscape.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * LaTeX in abstracts: math removed ({@code $$...$$}, {@code \[...\]}, {@code $...$}, {@code \(...\)}), references
 * removed ({@code \cite{...}}), text commands unwrapped ({@code \textit{word}} to {@code word}), escaped symbols
 * ({@code \%}) turned back into text.
 *
 * <p>Every pass is linear in the text. Delimited spans are found by scanning forward with {@link Finder}, never by
 * a regex such as {@code \\\[.*?\\\]}, which tries each unclosed opener against the whole rest of the text (60,000
 * unclosed {@code \[} took 68 s). The regexes kept below cannot backtrack further than the run of letters or spaces
 * at the position they start from.
 */
final class Latex {
  /** Longest inline math removed; a lone dollar sign ("costs $5") must not swallow the rest of an abstract. */
  private static final int MAX_INLINE_MATH = 400;
  /** Commands dropped with their argument: references, labels, links and footnotes. */
  private static final Set<String> DROPPED = Set.of("ref", "eqref", "autoref", "cref", "label", "url", "footnote",
      "href");
  private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\[a-zA-Z]+\\*?\\s*\\{([^{}]*)}");
  private static final Pattern ESCAPED_SYMBOL = Pattern.compile("\\\\([%&_#$])");
  private static final Pattern BARE_COMMAND = Pattern.compile("\\\\[a-zA-Z]+\\*?");

  private Latex() {}

  /** The text with its LaTeX removed or unwrapped. */
  static String clean(String s) {
    if (s.contains("$$") || s.contains("\\[")) {
      s = removeDisplayMath(s);
    }
    if (s.indexOf('$') >= 0) {
      s = removeInlineMath(s);
    }
    if (s.contains("\\(")) {
      s = removeSpans(s, new Finder(s, "\\("), new Finder(s, "\\)"));
    }
    if (s.indexOf('\\') < 0) {
      return s;
    }
    s = removeDroppedCommands(s);
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

  /**
   * Removes {@code $$...$$} and {@code \[...\]}, the first closer after each opener, left to right. An opener with no
   * closer after it means no later opener of its kind has one either, so that kind is done with.
   */
  static String removeDisplayMath(String s) {
    Finder dollars = new Finder(s, "$$");
    Finder opens = new Finder(s, "\\[");
    Finder closes = new Finder(s, "\\]");
    StringBuilder sb = new StringBuilder(s.length());
    int copied = 0;
    boolean dollarsLeft = true;
    boolean bracketsLeft = true;
    while (dollarsLeft || bracketsLeft) {
      int dollar = dollarsLeft ? dollars.next(copied) : -1;
      int bracket = bracketsLeft ? opens.next(copied) : -1;
      if (dollar < 0 && bracket < 0) {
        break;
      }
      boolean isDollar = dollar >= 0 && (bracket < 0 || dollar < bracket);
      int open = isDollar ? dollar : bracket;
      int close = isDollar ? dollars.next(open + 2) : closes.next(open + 2);
      if (close < 0) {
        if (isDollar) {
          dollarsLeft = false;
        } else {
          bracketsLeft = false;
        }
        continue;
      }
      sb.append(s, copied, open).append(' ');
      copied = close + 2;
    }
    return copied == 0 ? s : sb.append(s, copied, s.length()).toString();
  }

  /** Removes each span from an opener to the first closer after it (both two characters long). */
  private static String removeSpans(String s, Finder opens, Finder closes) {
    StringBuilder sb = new StringBuilder(s.length());
    int copied = 0;
    for (int open = opens.next(0); open >= 0; open = opens.next(copied)) {
      int close = closes.next(open + 2);
      if (close < 0) {
        break;
      }
      sb.append(s, copied, open).append(' ');
      copied = close + 2;
    }
    return copied == 0 ? s : sb.append(s, copied, s.length()).toString();
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

  /**
   * Removes references and the like with their arguments: {@code \cite{a,b}}, {@code \citep[p. 3]{a}},
   * {@code \ref{x}}, {@code \href{url}{text}}. A command's name is its letters after the backslash; spaces may
   * follow it, then an optional {@code [...]}, then {@code {...}} up to the first closing brace.
   */
  static String removeDroppedCommands(String s) {
    Finder hrefCloses = new Finder(s, "}");
    Finder optionCloses = new Finder(s, "]");
    Finder argumentCloses = new Finder(s, "}");
    StringBuilder sb = new StringBuilder(s.length());
    int copied = 0;
    for (int at = s.indexOf('\\'); at >= 0; ) {
      int end = droppedCommandEnd(s, at, hrefCloses, optionCloses, argumentCloses);
      if (end < 0) {
        at = s.indexOf('\\', at + 1);
        continue;
      }
      sb.append(s, copied, at).append(' ');
      copied = end;
      at = s.indexOf('\\', end);
    }
    return copied == 0 ? s : sb.append(s, copied, s.length()).toString();
  }

  /** Where the dropped command starting at {@code at} ends (exclusive), or -1 when none starts there. */
  private static int droppedCommandEnd(String s, int at, Finder hrefCloses, Finder optionCloses,
      Finder argumentCloses) {
    int nameEnd = at + 1;
    while (nameEnd < s.length() && isAsciiLetter(s.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = s.substring(at + 1, nameEnd);
    if (!DROPPED.contains(name) && !isCite(name)) {
      return -1;
    }
    int k = nameEnd;
    if (name.equals("href")) { // \href{url} comes first, with no space
      if (k >= s.length() || s.charAt(k) != '{') {
        return -1;
      }
      int close = hrefCloses.next(k + 1);
      if (close < 0) {
        return -1;
      }
      k = close + 1;
    }
    while (k < s.length() && isRegexSpace(s.charAt(k))) {
      k++;
    }
    if (k < s.length() && s.charAt(k) == '[') {
      int close = optionCloses.next(k + 1);
      if (close < 0) {
        return -1;
      }
      k = close + 1;
    }
    if (k >= s.length() || s.charAt(k) != '{') {
      return -1;
    }
    int close = argumentCloses.next(k + 1);
    return close < 0 ? -1 : close + 1;
  }

  /** {@code cite}, {@code citep}, {@code citet}, {@code citeauthor}: "cite" and lower-case letters. */
  private static boolean isCite(String name) {
    if (!name.startsWith("cite")) {
      return false;
    }
    for (int i = 4; i < name.length(); i++) {
      if (name.charAt(i) < 'a' || name.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** What {@code \s} matches in a Java regex without flags. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
