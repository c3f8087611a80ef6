package dev.landscape.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words too common to say what a paper is about: MALLET's English list plus a short list of academic boilerplate,
 * both shipped as resources. A missing resource is an error, never an empty list.
 */
public final class StopWords {
  private final Set<String> words;

  private StopWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** English plus academic boilerplate. */
  public static StopWords defaults() {
    Set<String> words = new HashSet<>();
    words.addAll(resource("english.txt"));
    words.addAll(resource("academic.txt"));
    return new StopWords(words);
  }

  /** Whether {@code token} (lower case) is a stopword. */
  public boolean contains(String token) {
    return words.contains(token);
  }

  public int size() {
    return words.size();
  }

  /** Words of a list resource beside this class: one per line, {@code #} comments, lower-cased. */
  static Set<String> resource(String name) {
    InputStream in = StopWords.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("stopword list " + name + " is missing from the jar");
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int hash = line.indexOf('#');
        String word = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stopword list " + name, e);
    }
    return words;
  }
}
