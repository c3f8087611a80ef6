package dev.landscape.text;

import java.util.Arrays;

/**
 * Every modelled document as token ids, in corpus order. Holds one compact {@code int[]} per document instead of
 * strings; the arrays never leave this class (accessors copy), so it is immutable once built.
 */
public final class TokenizedCorpus {
  private final int[][] documents;
  private final long tokenCount;

  TokenizedCorpus(int[][] documents) {
    this.documents = documents;
    this.tokenCount = Arrays.stream(documents).mapToLong(d -> d.length).sum();
  }

  public int documentCount() {
    return documents.length;
  }

  /** The number of tokens of document {@code doc}. */
  public int length(int doc) {
    return documents[doc].length;
  }

  /** A copy of document {@code doc}'s token ids. */
  public int[] tokens(int doc) {
    return documents[doc].clone();
  }

  /** Tokens in all documents. */
  public long tokenCount() {
    return tokenCount;
  }
}
