package dev.landscape.themes;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.landscape.io.InputException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a themes file: YAML with one list, {@code themes}, of entries with {@code name}, {@code description},
 * {@code seeds} and optionally {@code parent}, {@code was} (former names, for {@code landscape report --from}) and
 * {@code topics} (topic numbers the user puts in the theme). Anything else (a misspelt key, a seed that is not a string, a
 * duplicate name) is an {@link InputException} naming the file and line, before any work is done.
 */
public final class ThemeFile {
  /** The name of the theme that collects topics matching no theme and too weak to stand alone. */
  public static final String OTHER = "Other";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      // A second document (after "---") or a key given twice would otherwise be dropped without a word.
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private ThemeFile() {}

  /** The file's shape, as Jackson binds it. */
  private record Document(List<Entry> themes) {}

  private record Entry(String name, String description, List<String> seeds, String parent, List<String> was,
      List<Integer> topics) {}

  /** Largest themes file read: a taxonomy of thousands of themes is a few hundred KiB. */
  static final int MAX_BYTES = 4 << 20;

  /** Where the default taxonomy is looked for first; the copy inside the jar is used when it is not there. */
  public static final Path DEFAULT = Path.of("data", "themes.yaml");
  private static final String BUNDLED = "themes.yaml";

  /** The themes of {@code file}, in file order. */
  public static List<ThemeSpec> load(Path file) {
    if (!Files.exists(file)) {
      throw InputException.at(file.toString(), 0, "no such themes file");
    }
    return parse(file.toString(), dev.landscape.io.SmallFiles.bytes(file, MAX_BYTES));
  }

  /** The default taxonomy: {@link #DEFAULT} when it exists in the working folder, else the copy in the jar. */
  public static List<ThemeSpec> loadDefault() {
    if (Files.isRegularFile(DEFAULT)) {
      return load(DEFAULT);
    }
    try (java.io.InputStream in = ThemeFile.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no default " + BUNDLED);
      }
      return parse("(built-in) " + DEFAULT, in.readAllBytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Refuses YAML anchors and aliases ({@code &n}, {@code *n}): Jackson read {@code description: *n} as the text
   * "n", not the anchored value, and refused them elsewhere in its own wording (issue 36). A themes file is short;
   * each value can be written out.
   */
  private static void refuseAnchors(String name, String text) {
    try {
      for (org.yaml.snakeyaml.events.Event event : new org.yaml.snakeyaml.Yaml().parse(new java.io.StringReader(
          text))) {
        if (event instanceof org.yaml.snakeyaml.events.NodeEvent node && node.getAnchor() != null) {
          String anchor = node.getAnchor();
          throw InputException.at(name, event.getStartMark().getLine() + 1, "YAML anchors and aliases (&" + anchor
              + ", *" + anchor + ") are not read in a themes file; write each value out");
        }
      }
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      // Malformed YAML: the full parse that follows says where, in one line.
    }
  }

  private static List<ThemeSpec> parse(String name, byte[] bytes) {
    Document document;
    String text = "";
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      refuseAnchors(name, text);
      document = YAML.readValue(text, Document.class);
    } catch (UnrecognizedPropertyException e) {
      throw InputException.at(name, keyLine(text.lines().toList(), e.getPropertyName(), line(e.getLocation())),
          "unknown key '" + e.getPropertyName() + "' (a theme has name, description, seeds, parent, was and topics)");
    } catch (JacksonException e) {
      throw InputException.at(name, line(e.getLocation()), "not a valid themes file: " + e.getOriginalMessage()
          .lines().findFirst().orElse("YAML error"));
    } catch (CharacterCodingException e) {
      throw InputException.at(name, 0, "is not UTF-8 text");
    } catch (IOException e) {
      throw InputException.at(name, 0, "cannot be read: " + e.getMessage());
    }
    if (document == null || document.themes() == null || document.themes().isEmpty()) {
      throw InputException.at(name, 0, "lists no themes (expected a 'themes:' list)");
    }
    return validate(name, text.lines().toList(), document.themes());
  }

  /**
   * The themes of {@code specs} (recorded in a run.json, {@code source}) checked as a themes file's are: the same
   * names, seeds and parents are refused, with {@code source} named.
   *
   * @throws InputException naming {@code source} and what is wrong
   */
  public static List<ThemeSpec> check(List<ThemeSpec> specs, String source) {
    return validate(source, List.of(), specs.stream().map(t -> new Entry(t.name(), t.description(), t.seeds(),
        t.parent(), t.formerNames(), t.topics())).toList());
  }

  /** Separates the themes of a paper in a table's cell (topic-assignments.csv's themes). */
  private static final String LIST_SEPARATOR = "; ";

  private static List<ThemeSpec> validate(String file, List<String> lines, List<Entry> entries) {
    List<ThemeSpec> specs = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> formerNames = new HashSet<>();
    Set<Integer> pinned = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      String where = "theme " + (i + 1);
      if (e == null || e.name() == null || e.name().isBlank()) {
        throw InputException.at(file, 0, where + " has no name");
      }
      refuseControls(file, where, e);
      // One name, one theme: "Réseaux" typed with a composed é and with e and a combining accent is one name.
      String themeName = java.text.Normalizer.normalize(e.name().strip(), java.text.Normalizer.Form.NFC);
      where = "theme '" + themeName + "'";
      long line = lineOf(lines, e.name().strip());
      if (!names.add(themeName.toLowerCase(Locale.ROOT))) {
        throw InputException.at(file, line, where + " is listed twice");
      }
      if (themeName.contains(LIST_SEPARATOR)) {
        throw InputException.at(file, line, where + ": a name may not hold '; ', which separates a paper's themes "
            + "in the tables");
      }
      if (themeName.equalsIgnoreCase(OTHER)) {
        throw InputException.at(file, line, where + ": the name is reserved for topics that match no theme");
      }
      if (e.seeds() == null || e.seeds().isEmpty()) {
        throw InputException.at(file, line, where + " has no seeds (words or phrases that mark it)");
      }
      List<String> seeds = new ArrayList<>();
      for (String seed : e.seeds()) {
        if (seed == null || seed.isBlank()) {
          throw InputException.at(file, line, where + " has an empty seed");
        }
        seeds.add(seed.strip());
      }
      String parent = e.parent() == null || e.parent().isBlank() ? null : e.parent().strip();
      if (parent != null && parent.equalsIgnoreCase(themeName)) {
        throw InputException.at(file, line, where + " is its own parent");
      }
      List<String> was = new ArrayList<>();
      for (String former : e.was() == null ? List.<String>of() : e.was()) {
        if (former == null || former.isBlank()) {
          throw InputException.at(file, line, where + " has an empty former name in 'was'");
        }
        if (!formerNames.add(former.strip().toLowerCase(Locale.ROOT))) {
          throw InputException.at(file, line, "'" + former.strip() + "' is in 'was' of two themes");
        }
        was.add(former.strip());
      }
      List<Integer> topics = new ArrayList<>();
      for (Integer k : e.topics() == null ? List.<Integer>of() : e.topics()) {
        if (k == null || k < 0) {
          throw InputException.at(file, line, where + ": 'topics' lists topic numbers from 0, found " + k);
        }
        if (!pinned.add(k)) {
          throw InputException.at(file, line, "topic " + k + " is in 'topics' twice");
        }
        topics.add(k);
      }
      specs.add(new ThemeSpec(themeName, e.description() == null ? "" : e.description().strip(), seeds, parent, was,
          topics));
    }
    return specs;
  }

  /**
   * Names, seeds and parents go into chart titles (SVG, where most control characters are illegal XML), CSV cells and
   * terminal lines: a control character in one is refused, naming the theme by its place (its name cannot be shown).
   * A description may hold line breaks and tabs.
   */
  private static void refuseControls(String file, String where, Entry e) {
    List<String> fields = new ArrayList<>();
    fields.add(e.name());
    fields.add(e.parent());
    fields.addAll(e.seeds() == null ? List.of() : e.seeds());
    fields.addAll(e.was() == null ? List.of() : e.was());
    for (String field : fields) {
      if (field != null && field.chars().anyMatch(c -> dev.landscape.io.ControlCharacters.isControl((char) c))) {
        throw InputException.at(file, 0, where + " has a control character in its name, parent, seeds or was");
      }
    }
    if (e.description() != null && !dev.landscape.io.ControlCharacters.replace(e.description())
        .equals(e.description())) {
      throw InputException.at(file, 0, where + " has a control character in its description");
    }
  }

  /** The first line that names the theme, so an error can point at it; 0 when not found. */
  private static long lineOf(List<String> lines, String themeName) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(themeName)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The line of key {@code key}: the parser reports where it stopped, which can be past the key's value, so this
   * looks back from there for the line that writes the key.
   */
  private static long keyLine(List<String> lines, String key, long reported) {
    java.util.regex.Pattern pattern =
        java.util.regex.Pattern.compile("^[\\s-]*\"?" + java.util.regex.Pattern.quote(key) + "\"?\\s*:");
    for (long i = Math.min(reported, lines.size()); i >= 1; i--) {
      if (pattern.matcher(lines.get((int) i - 1)).find()) {
        return i;
      }
    }
    return reported;
  }

  private static long line(JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }
}
