package dev.landscape.text;

/**
 * {@code indexOf} over one text, remembering its last answer: "the next {@code needle} at or after {@code from}".
 * Cleaning passes ask it with positions that only move forward, so the text is scanned once in all, however many
 * openers go unclosed: asking {@code String.indexOf} afresh for each of 60,000 unclosed {@code \[} scanned the rest
 * of the text 60,000 times.
 */
final class Finder {
  private final String text;
  private final String needle;
  private int askedFrom = Integer.MAX_VALUE;
  private int found = -1;

  Finder(String text, String needle) {
    this.text = text;
    this.needle = needle;
  }

  /** The first index at or after {@code from} where the needle starts, or -1. */
  int next(int from) {
    // The answer stands while from is between the last question and its answer: nothing lies in between.
    if (from >= askedFrom && (found < 0 || from <= found)) {
      return found;
    }
    askedFrom = from;
    found = text.indexOf(needle, from);
    return found;
  }
}
