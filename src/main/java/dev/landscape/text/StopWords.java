package dev.landscape.text;

import dev.landscape.io.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import dev.landscape.io.SmallFiles;
import java.util.Set;

/**
 * Words too common to say what a paper is about: MALLET's English list plus a short list of academic boilerplate,
 * both shipped as resources, plus any the user adds; minus the words the user protects. A missing resource is an
 * error, never an empty list.
 */
public final class StopWords {
  /**
   * Stopwords that may sit inside a phrase ({@code chain of thought}, {@code state of the art}): gensim's
   * {@code ENGLISH_CONNECTOR_WORDS}.
   */
  static final Set<String> CONNECTORS =
      Set.of("a", "an", "the", "for", "of", "with", "without", "at", "from", "to", "in", "on", "by", "and", "or");

  private final Set<String> words;
  private final Set<String> protectedWords;
  private final Set<String> extraWords;

  private StopWords(Set<String> words, Set<String> protectedWords, Set<String> extraWords) {
    this.words = Set.copyOf(words);
    this.protectedWords = Set.copyOf(protectedWords);
    this.extraWords = Set.copyOf(extraWords);
  }

  /** English plus academic boilerplate. */
  public static StopWords defaults() {
    return withFiles(null, null);
  }

  /**
   * The defaults plus the words of {@code extra} ({@code --stopwords}), minus those of {@code keep}
   * ({@code --keep-words}); either may be null. Files hold one word per line, {@code #} starts a comment.
   */
  public static StopWords withFiles(Path extra, Path keep) {
    return of(extra == null ? Set.of() : file(extra, "--stopwords"), keep == null ? Set.of() : file(keep,
        "--keep-words"));
  }

  /** The defaults plus {@code extra}, minus {@code kept} (lower-case words): how a saved model rebuilds its list. */
  public static StopWords of(Set<String> extra, Set<String> kept) {
    Set<String> words = new HashSet<>();
    words.addAll(resource("english.txt"));
    words.addAll(resource("academic.txt"));
    words.addAll(extra);
    words.removeAll(kept);
    return new StopWords(words, kept, extra);
  }

  /** The words the user added ({@code --stopwords}), sorted. */
  public java.util.List<String> extraWords() {
    return extraWords.stream().sorted().toList();
  }

  /** The words the user protected ({@code --keep-words}), sorted. */
  public java.util.List<String> protectedWords() {
    return protectedWords.stream().sorted().toList();
  }

  /** Whether {@code token} (lower case) is a stopword. */
  public boolean contains(String token) {
    return words.contains(token);
  }

  /** Whether {@code token} is a stopword that may connect the words of a phrase. */
  public boolean isConnector(String token) {
    return CONNECTORS.contains(token) && words.contains(token);
  }

  /** Whether the user protected {@code token}: it is never dropped, split, folded or pruned. */
  public boolean isProtected(String token) {
    return protectedWords.contains(token);
  }

  public int size() {
    return words.size();
  }

  /** Words of a list resource beside this class. */
  static Set<String> resource(String name) {
    InputStream in = StopWords.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("word list " + name + " is missing from the jar");
    }
    try {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
  }

  /** A user's word list: strict UTF-8, bounded in size, errors naming the option, file and line. */
  private static Set<String> file(Path path, String option) {
    Set<String> words = new HashSet<>();
    try {
      SmallFiles.lines(path, SmallFiles.MAX_LINE, SmallFiles.MAX_BYTES, (line, number) -> add(words, line));
    } catch (InputException e) {
      throw new InputException(option + " " + e.getMessage());
    }
    return words;
  }

  private static Set<String> read(InputStream in) throws IOException {
    Set<String> words = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        add(words, line);
      }
    }
    return words;
  }

  /** One line of a word list: the word before any {@code #} comment, lower-cased. */
  private static void add(Set<String> words, String line) {
    int hash = line.indexOf('#');
    String word = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
    if (!word.isEmpty()) {
      words.add(word);
    }
  }
}
