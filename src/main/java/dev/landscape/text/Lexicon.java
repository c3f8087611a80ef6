package dev.landscape.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Known words for glued-word repair: SCOWL's American English list plus words of arXiv cs.AI abstracts, each with
 * the number of abstracts that use it (see {@code bench/lexicon/build_lexicon.py}). A word in the lexicon is never
 * split; a glued token is split only into known words.
 */
public final class Lexicon {
  private static volatile Lexicon shipped;

  private final Map<String, Integer> counts;
  private final long total;

  private Lexicon(Map<String, Integer> counts) {
    this.counts = Map.copyOf(counts);
    this.total = counts.values().stream().mapToLong(Integer::longValue).sum();
  }

  /** The lexicon shipped in the jar (loaded once). */
  public static Lexicon shipped() {
    Lexicon lexicon = shipped;
    if (lexicon == null) {
      synchronized (Lexicon.class) {
        if (shipped == null) {
          shipped = load();
        }
        lexicon = shipped;
      }
    }
    return lexicon;
  }

  public boolean contains(String word) {
    return counts.containsKey(word);
  }

  /** How many reference abstracts use {@code word}; 0 for general English words they never use. */
  public int count(String word) {
    return counts.getOrDefault(word, 0);
  }

  /** The sum of all counts. */
  public long total() {
    return total;
  }

  public int size() {
    return counts.size();
  }

  private static Lexicon load() {
    InputStream in = Lexicon.class.getResourceAsStream("lexicon.txt");
    if (in == null) {
      throw new IllegalStateException("lexicon.txt is missing from the jar");
    }
    Map<String, Integer> counts = new HashMap<>(1 << 17);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int tab = line.indexOf('\t');
        if (line.startsWith("#") || tab < 0) {
          continue;
        }
        counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon.txt", e);
    }
    return new Lexicon(counts);
  }
}
