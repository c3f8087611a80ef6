package dev.landscape.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits scientific text into lower-case word tokens.
 *
 * <p>A token is a run of letters and digits, which may be joined by single hyphens or apostrophes
 * ({@code fine-tuning}, {@code gpt-3}, {@code t5}). Possessive {@code 's} is dropped; tokens with no letter
 * (numbers such as {@code 2024} or {@code 3.5}), single characters and stopwords are removed. Lower-casing uses
 * {@link Locale#ROOT} so that the result does not depend on the machine's language (Turkish dotless i).
 *
 * <p>A hand-written scanner rather than a regular expression: it is the hot loop of preprocessing.
 */
public final class Tokenizer {
  private final StopWords stopWords;

  public Tokenizer(StopWords stopWords) {
    this.stopWords = stopWords;
  }

  /** The tokens of {@code text}, in order. */
  public List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>(text.length() / 7);
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean hasLetter = false;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          hasLetter |= Character.isLetter(c);
          i++;
        } else if (isJoiner(c) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)) && i > start) {
          i++;
        } else {
          break;
        }
      }
      if (i > start && hasLetter) {
        add(tokens, text.substring(start, i));
      }
    }
    return tokens;
  }

  private void add(List<String> tokens, String raw) {
    String token = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (token.endsWith("'s")) {
      token = token.substring(0, token.length() - 2);
    }
    if (token.length() >= 2 && !stopWords.contains(token) && hasLetter(token)) {
      tokens.add(token);
    }
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '\u2019';
  }

  private static boolean hasLetter(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetter(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
