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

  private static final byte OTHER = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte BREAK = 3;
  /** Character classes of ASCII, looked up instead of calling Character methods in the hot loop. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : isClauseBreak(c) ? BREAK : OTHER;
    }
  }

  private static byte kind(char c) {
    if (c < 128) {
      return ASCII[c];
    }
    if (Character.isLetter(c)) {
      return LETTER;
    }
    if (Character.isDigit(c)) {
      return DIGIT;
    }
    return isClauseBreak(c) ? BREAK : OTHER;
  }

  /** Receives what {@link #scan(String, Sink)} finds, in order. */
  interface Sink {
    /** A token: {@code chars[start, end)}. The array is reused: copy what you keep. */
    void token(char[] chars, int start, int end);

    /** A clause boundary between two tokens. */
    void boundary();
  }

  /** The tokens of {@code text} (already normalized) with {@link #BOUNDARY} marks, in order. */
  public static List<String> scan(String text) {
    List<String> tokens = new ArrayList<>(text.length() / 6);
    scan(text, new Sink() {
      @Override
      public void token(char[] chars, int start, int end) {
        tokens.add(new String(chars, start, end - start));
      }

      @Override
      public void boundary() {
        tokens.add(BOUNDARY);
      }
    });
    return tokens;
  }

  /** Scans {@code text} (already normalized) into {@code sink}, creating no strings. */
  static void scan(String text, Sink sink) {
    char[] cs = text.toCharArray();
    int n = cs.length;
    int i = 0;
    boolean pendingBoundary = false;
    boolean any = false;
    while (i < n) {
      byte k = kind(cs[i]);
      if (k != LETTER && k != DIGIT) {
        pendingBoundary |= k == BREAK;
        i++;
        continue;
      }
      int start = i;
      boolean hasLetter = false;
      while (i < n) {
        char d = cs[i];
        byte dk = kind(d);
        if (dk == LETTER || dk == DIGIT) {
          hasLetter |= dk == LETTER;
          i++;
        } else if ((d == '-' || d == '\'') && i + 1 < n && isAlnum(cs[i + 1])) {
          if (d == '\'' && isGluedPossessive(cs, i)) {
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
      int end = i;
      if (i < n && cs[i] == '\'' && isGluedPossessive(cs, i)) {
        i += 2;
      }
      if (end - start > 2 && cs[end - 2] == '\'' && (cs[end - 1] == 's' || cs[end - 1] == 'S')) {
        end -= 2;
      }
      if (pendingBoundary && any) {
        sink.boundary();
      }
      pendingBoundary = false;
      any = true;
      sink.token(cs, start, end);
    }
  }

  private static boolean isAlnum(char c) {
    byte k = kind(c);
    return k == LETTER || k == DIGIT;
  }

  private static boolean isGluedPossessive(char[] cs, int apostrophe) {
    int s = apostrophe + 1;
    return s + 1 < cs.length && (cs[s] == 's' || cs[s] == 'S') && Character.isLetter(cs[s + 1]);
  }

  private static boolean isClauseBreak(char c) {
    return switch (c) {
      case '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '/', '|', '=', '<', '>' -> true;
      default -> c == '-' || Character.getType(c) == Character.MATH_SYMBOL;
    };
  }
}
