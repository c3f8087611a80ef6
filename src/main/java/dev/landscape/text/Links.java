package dev.landscape.text;

/**
 * Links and e-mail addresses, removed from abstracts in passes linear in the text: each link form is looked for with
 * a {@link Finder}, so a text of 50,000 {@code www.} fragments and no {@code ://} is not scanned to its end once per
 * fragment, and an address is grown outward from its {@code @}, so a run of 150,000 letters before a lone {@code @}
 * is read once rather than once per letter (a regex tries every start).
 */
final class Links {
  /** Hosts whose links often appear without a scheme. */
  private static final String[] BARE_HOSTS = {"github.com/", "gitlab.com/", "huggingface.co/", "bitbucket.org/"};
  private static final String[] SCHEMES = {"https", "http", "ftp"};

  private Links() {}

  /**
   * Removes links: from a scheme ({@code https://}, even glued to the word before: {@code athttps://}) or
   * {@code www.} or a well-known code host, to the next space or bracket, trailing punctuation kept.
   */
  static String removeUrls(String s) {
    if (s.indexOf('/') < 0 && !s.contains("www.")) {
      return s; // every link form below has a slash or "www."
    }
    Finder[] starts = new Finder[BARE_HOSTS.length + 2];
    starts[0] = new Finder(s, "://");
    starts[1] = new Finder(s, "www.");
    for (int h = 0; h < BARE_HOSTS.length; h++) {
      starts[h + 2] = new Finder(s, BARE_HOSTS[h]);
    }
    int start = urlStart(s, 0, starts);
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
      copied = Math.max(end, start + 1);
      start = urlStart(s, copied, starts);
    }
    return sb.append(s, copied, s.length()).toString();
  }

  private static int urlStart(String s, int from, Finder[] starts) {
    int best = -1;
    int scheme = starts[0].next(from);
    if (scheme >= 0) {
      int begin = scheme;
      for (String name : SCHEMES) {
        if (scheme >= from + name.length() && s.startsWith(name, scheme - name.length())) {
          begin = scheme - name.length();
          break;
        }
      }
      best = begin;
    }
    for (int f = 1; f < starts.length; f++) {
      int at = starts[f].next(from);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  private static boolean isUrlStop(char c) {
    return Character.isWhitespace(c) || "<>\"'()[]{}".indexOf(c) >= 0;
  }

  /**
   * Replaces e-mail addresses with a space: a local part of letters, digits and {@code _ . + -}, an {@code @}, then
   * a domain of at least two labels of letters, digits, {@code _} and {@code -} joined by dots.
   */
  static String removeEmails(String s) {
    StringBuilder sb = null;
    int copied = 0;
    for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
      int begin = at;
      while (begin > copied && isLocalChar(s.charAt(begin - 1))) {
        begin--; // stops at the previous '@' or the end of the previous address: neither is a local character
      }
      int end = domainEnd(s, at + 1);
      if (begin == at || end < 0) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(s.length());
      }
      sb.append(s, copied, begin).append(' ');
      copied = end;
      at = end - 1;
    }
    return sb == null ? s : sb.append(s, copied, s.length()).toString();
  }

  /** The end of a domain of two or more labels starting at {@code from}, or -1. */
  private static int domainEnd(String s, int from) {
    int end = labelEnd(s, from);
    if (end == from) {
      return -1;
    }
    int labels = 1;
    while (end < s.length() && s.charAt(end) == '.') {
      int next = labelEnd(s, end + 1);
      if (next == end + 1) {
        break;
      }
      end = next;
      labels++;
    }
    return labels >= 2 ? end : -1;
  }

  private static int labelEnd(String s, int from) {
    int i = from;
    while (i < s.length() && (isWordChar(s.charAt(i)) || s.charAt(i) == '-')) {
      i++;
    }
    return i;
  }

  private static boolean isLocalChar(char c) {
    return isWordChar(c) || c == '.' || c == '+' || c == '-';
  }

  /** What {@code \w} matches in a Java regex without flags. */
  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
