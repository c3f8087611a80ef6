package dev.landscape.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits glued words ({@code weproposereflexion}, {@code smallcontinuous}, {@code transformersthat}) into known words
 * by unigram Viterbi segmentation, after Norvig's "Natural Language Corpus Data" (2009).
 *
 * <p>A split is taken only when every part is a known word (in the {@link Lexicon} or seen at least twice in the
 * corpus) and the split is at least {@link #MIN_ODDS} times more probable than the glued token read as an unknown
 * word, whose probability falls tenfold with each letter. So {@code transformer}, {@code multimodal} and
 * {@code pretraining} (known words) are never candidates, and a rare name such as {@code pytorch} stays whole
 * because {@code py} is not a word.
 */
final class Segmenter {
  /** How much more probable than the glued form a split must be. */
  static final double MIN_ODDS = 1e3;
  static final int MIN_LENGTH = 7;
  static final int MAX_LENGTH = 60;
  private static final int MAX_PART = 24;
  private static final int MIN_PART = 2;
  private static final int MAX_PARTS = 5;

  private final Lexicon lexicon;
  private final ToIntFunction<String> corpusCount;
  private final double logTotal;

  /**
   * @param lexicon known words
   * @param corpusCount how often a lower-case word occurs in the corpus being modelled
   * @param corpusTokens tokens in that corpus
   */
  Segmenter(Lexicon lexicon, ToIntFunction<String> corpusCount, long corpusTokens) {
    this.lexicon = lexicon;
    this.corpusCount = corpusCount;
    this.logTotal = Math.log(corpusTokens + lexicon.size());
  }

  /** Whether {@code word} may be a part of a split. */
  boolean isKnown(String word) {
    return lexicon.contains(word) || corpusCount.applyAsInt(word) >= 2;
  }

  /**
   * The parts of {@code token} (lower-case letters only) when it is glued, else an empty list. Callers pass only
   * tokens that are rare in the corpus and not known words themselves.
   */
  List<String> split(String token) {
    int n = token.length();
    if (n < MIN_LENGTH || n > MAX_LENGTH || isKnown(token) || !allLetters(token)) {
      return List.of();
    }
    double[] best = new double[n + 1];
    int[] from = new int[n + 1];
    int[] parts = new int[n + 1];
    java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
    best[0] = 0;
    for (int end = MIN_PART; end <= n; end++) {
      for (int start = Math.max(0, end - MAX_PART); start <= end - MIN_PART; start++) {
        if (best[start] == Double.NEGATIVE_INFINITY || parts[start] >= MAX_PARTS) {
          continue;
        }
        String part = token.substring(start, end);
        if (!isKnown(part)) {
          continue;
        }
        double score = best[start] + logProbability(part);
        if (score > best[end]) {
          best[end] = score;
          from[end] = start;
          parts[end] = parts[start] + 1;
        }
      }
    }
    if (best[n] == Double.NEGATIVE_INFINITY || parts[n] < 2) {
      return List.of();
    }
    double unknown = Math.log(10) - logTotal - n * Math.log(10);
    if (best[n] - unknown < Math.log(MIN_ODDS)) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (int end = n; end > 0; end = from[end]) {
      result.add(token.substring(from[end], end));
    }
    Collections.reverse(result);
    return result;
  }

  /**
   * A known word's probability: its corpus count, plus half a count for lexicon words the corpus never uses, plus
   * up to five more for words common in the reference abstracts.
   */
  private double logProbability(String word) {
    double count = corpusCount.applyAsInt(word);
    int reference = lexicon.count(word);
    if (lexicon.contains(word)) {
      count += 0.5 + 5.0 * Math.min(1.0, reference / 1000.0);
    }
    return Math.log(count) - logTotal;
  }

  private static boolean allLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
