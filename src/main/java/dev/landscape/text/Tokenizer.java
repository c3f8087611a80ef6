package dev.landscape.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into surface tokens, case preserved, and marks where phrases cannot continue.
 *
 * <p>A token is a run of letters and digits that may be joined by single hyphens or apostrophes
 * ({@code fine-tuning}, {@code GPT-3}, {@code T5}); possessive {@code 's} is dropped. Punctuation that ends a
 * clause ({@code . , ; : ! ? ( ) [ ] " /}) and numbers (tokens without a letter, such as {@code 2024} or {@code 3.5})
 * become a {@link #BOUNDARY}, so that no phrase is found across them. Glued words ({@code word.Next}) come apart at
 * the period. Decisions that need corpus statistics (case, stopwords, glued words, plurals) are made later, once
 * per word type, by {@link TermMapper}.
 *
 * <p>A hand-written scanner rather than a regular expression: it is the hot loop of preprocessing.
 */
public final class Tokenizer {
  /** Marks a clause boundary in a token list; never equal to a token, which holds no '|'. */
  public static final String BOUNDARY = "|";

  private Tokenizer() {}

  /** The tokens of {@code text} (already normalized) with boundaries, in order. */
  public static List<String> scan(String text) {
    List<String> tokens = new ArrayList<>(text.length() / 6);
    int n = text.length();
    int i = 0;
    boolean pendingBoundary = false;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (isClauseBreak(c)) {
          pendingBoundary = true;
        }
        i++;
        continue;
      }
      int start = i;
      boolean hasLetter = false;
      while (i < n) {
        char d = text.charAt(i);
        if (Character.isLetterOrDigit(d)) {
          hasLetter |= Character.isLetter(d);
          i++;
        } else if ((d == '-' || d == '\'') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
          if (d == '\'' && isGluedPossessive(text, i)) {
            break; // GPT-3'sfew-shot: the possessive ends the word and the next word starts after it
          }
          i++;
        } else {
          break;
        }
      }
      if (!hasLetter) {
        pendingBoundary = true;
        continue;
      }
      String token = text.substring(start, i);
      if (i < n && text.charAt(i) == '\'' && isGluedPossessive(text, i)) {
        i += 2;
      }
      if (token.endsWith("'s") || token.endsWith("'S")) {
        token = token.substring(0, token.length() - 2);
      }
      if (pendingBoundary && !tokens.isEmpty()) {
        tokens.add(BOUNDARY);
      }
      pendingBoundary = false;
      tokens.add(token);
    }
    return tokens;
  }

  private static boolean isGluedPossessive(String text, int apostrophe) {
    int s = apostrophe + 1;
    return s + 1 < text.length() && (text.charAt(s) == 's' || text.charAt(s) == 'S')
        && Character.isLetter(text.charAt(s + 1));
  }

  private static boolean isClauseBreak(char c) {
    return switch (c) {
      case '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '/', '|', '=', '<', '>' -> true;
      default -> c == '-' || Character.getType(c) == Character.MATH_SYMBOL;
    };
  }
}
