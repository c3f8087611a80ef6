package dev.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of the code's shape, read from the sources: no two packages depend on each other, directly or through
 * others, and the libraries that do the heavy lifting stay behind their adapters.
 */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.landscape(?:\\.[a-z]+)+)\\.[A-Z]");

  /** Each package and the packages of ours it refers to. */
  private static Map<String, Set<String>> dependencies() throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
        Matcher m = REFERENCE.matcher(Files.readString(file));
        Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            uses.add(m.group(1));
          }
        }
      }
    }
    return graph;
  }

  @Test
  void noTwoPackagesDependOnEachOther() throws IOException {
    Map<String, Set<String>> graph = dependencies();
    List<String> cycles = new ArrayList<>();
    for (String a : graph.keySet()) {
      for (String b : graph.get(a)) {
        if (reaches(graph, b, a)) {
          cycles.add(a + " -> " + b + " -> ... -> " + a);
        }
      }
    }
    assertEquals(List.of(), cycles);
  }

  private static boolean reaches(Map<String, Set<String>> graph, String from, String to) {
    Set<String> seen = new TreeSet<>();
    List<String> stack = new ArrayList<>(List.of(from));
    while (!stack.isEmpty()) {
      String at = stack.remove(stack.size() - 1);
      if (at.equals(to)) {
        return true;
      }
      if (seen.add(at)) {
        stack.addAll(graph.getOrDefault(at, Set.of()));
      }
    }
    return false;
  }

  @Test
  void librariesStayBehindTheirAdapters() throws IOException {
    Map<String, Set<String>> importers = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        for (String library : List.of("cc.mallet", "de.bwaldvogel.liblinear")) {
          if (text.contains("import " + library)) {
            importers.computeIfAbsent(library, k -> new TreeSet<>()).add(file.getFileName().toString());
          }
        }
      }
    }
    assertEquals(Map.of("cc.mallet", Set.of("MalletInferencer.java", "MalletTopicTrainer.java"),
        "de.bwaldvogel.liblinear", Set.of("LinearTrainer.java")), importers);
  }
}
