package dev.landscape.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.landscape.io.InputException;
import dev.landscape.io.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a folder named by {@code --out} holds, and which of it a landscape run wrote. A run owns exactly the files
 * its {@code run.json} lists (and, after an interrupted in-place commit, those its commit journal lists), and only
 * where the name is one a run writes: a forged or foreign list cannot make us delete a user's file. Everything else
 * in the folder is the user's and is never touched.
 */
final class ReportContents {
  /** The file that marks a folder as one of our reports. */
  static final String MARKER = "run.json";
  /** Lists what an in-place commit is placing, so that a run killed half way still knows what is its own. */
  static final String JOURNAL = ".landscape-commit.json";
  /** The hidden folders and files of our own work in progress inside a report folder. */
  static final String HIDDEN_PREFIX = ".landscape-";

  /**
   * The top-level files a run may write. {@code ReportFolderTest} checks a full run against this list, so a new
   * output cannot be forgotten here.
   */
  static final Set<String> TOP_LEVEL = Set.of(MARKER, "report.html", "report.md", "landscape.pptx", "landscape.xlsx",
      "topic-assignments.csv", "topics.csv", "topic-terms.csv", "doc-topics.csv", "themes.csv", "seeds.csv",
      "theme-categories.csv", "trends.csv", "theme-trends.csv", "topic-trends.csv", "vocabulary.csv", "sweep.csv");
  /** The folders a run writes, with files of varying names inside. */
  static final Set<String> FOLDERS = Set.of("charts", "model", "state", "assignments", "training");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final boolean report;
  private final Set<String> owned;
  private final List<String> foreign;

  private ReportContents(Path dir, boolean report, Set<String> owned, List<String> foreign) {
    this.dir = dir;
    this.report = report;
    this.owned = owned;
    this.foreign = foreign;
  }

  /**
   * Reads the folder {@code dir}, which must exist.
   *
   * @throws InputException when it holds a {@code run.json} that landscape did not write
   */
  static ReportContents read(Path dir, String shownAs) {
    try {
      Path marker = dir.resolve(MARKER);
      boolean report = Files.exists(marker, LinkOption.NOFOLLOW_LINKS);
      Set<String> listed = new LinkedHashSet<>();
      if (report) {
        listed.addAll(listedBy(marker, shownAs));
        listed.add(MARKER);
      }
      Path journal = dir.resolve(JOURNAL);
      if (Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
        listed.addAll(entries(JSON.readTree(journal.toFile()), journal.toString()));
      }
      Set<String> owned = new LinkedHashSet<>();
      List<String> foreign = new ArrayList<>();
      for (String file : FileTrees.files(dir, name -> name.startsWith(HIDDEN_PREFIX))) {
        if (isListed(file, listed) && Files.isRegularFile(dir.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
          owned.add(file);
        } else {
          foreign.add(file);
        }
      }
      foreign.addAll(emptyFolders(dir));
      return new ReportContents(dir, report, owned, List.copyOf(foreign));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The files a run.json says its run wrote: {@code files}, or in reports of earlier versions {@code outputs}. */
  private static List<String> listedBy(Path marker, String shownAs) throws IOException {
    JsonNode json;
    try {
      json = JSON.readTree(marker.toFile());
    } catch (IOException e) {
      json = null;
    }
    if (json == null || !json.isObject() || !"landscape".equals(json.path("tool").asText(null))) {
      throw new InputException("--out " + shownAs + ": holds a " + MARKER + " that landscape did not write; "
          + "choose a new or empty folder");
    }
    return entries(json.has("files") ? json.get("files") : json.path("outputs"), marker.toString());
  }

  private static List<String> entries(JsonNode list, String source) {
    List<String> entries = new ArrayList<>();
    for (JsonNode entry : list) {
      if (entry.isTextual()) {
        entries.add(entry.asText());
      }
    }
    return entries;
  }

  /**
   * Whether {@code file} is covered by {@code listed}: named there (an entry ending in {@code /}, as reports of
   * earlier versions wrote {@code charts/}, covers the files under it), and a name a run writes.
   */
  private static boolean isListed(String file, Set<String> listed) {
    if (!mayWrite(file)) {
      return false;
    }
    if (listed.contains(file)) {
      return true;
    }
    int slash = file.indexOf('/');
    return slash > 0 && listed.contains(file.substring(0, slash + 1));
  }

  /** Whether a run could have written the relative path {@code file}. */
  static boolean mayWrite(String file) {
    if (file.contains("..") || file.startsWith("/") || file.contains("\\")) {
      return false;
    }
    int slash = file.indexOf('/');
    return slash < 0 ? TOP_LEVEL.contains(file) : FOLDERS.contains(file.substring(0, slash));
  }

  private static List<String> emptyFolders(Path dir) throws IOException {
    List<String> empty = new ArrayList<>();
    try (var walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (!p.equals(dir) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
            && !FileTrees.relative(dir, p).startsWith(HIDDEN_PREFIX) && !FOLDERS.contains(FileTrees.relative(dir, p))
            && isEmpty(p)) {
          empty.add(FileTrees.relative(dir, p) + "/");
        }
      }
    }
    return empty;
  }

  static boolean isEmpty(Path dir) {
    try (var entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether the folder holds a landscape report. */
  boolean isReport() {
    return report;
  }

  /** Relative paths of the files a landscape run wrote. */
  Set<String> owned() {
    return owned;
  }

  /** Relative paths of everything else: the user's files (and empty folders, ending in {@code /}). */
  List<String> foreign() {
    return foreign;
  }

  /** Whether the folder holds anything at all, our own hidden work aside. */
  boolean isEmpty() {
    return owned.isEmpty() && foreign.isEmpty() && !report;
  }

  /**
   * Whether the folder holds nothing of others but hidden entries (a {@code .gitignore}, {@code .DS_Store}, a
   * {@code .git} folder) and other landscape reports in subfolders (the repository's {@code reports/} holding the
   * Spark job's {@code reports/spark/}): such a folder is filled as an empty one is, in place, and they are left as
   * they are. Any other file may be the user's work, and a folder holding it is refused.
   */
  boolean onlyHiddenOrReports() {
    if (!owned.isEmpty() || report || foreign.isEmpty()) {
      return false;
    }
    // Each top-level entry once (a nested report has hundreds of files): hidden, or a folder with its own run.json.
    return foreign.stream().map(f -> f.contains("/") ? f.substring(0, f.indexOf('/') + 1) : f).distinct()
        .allMatch(top -> top.startsWith(".") || top.endsWith("/")
            && Files.isRegularFile(dir.resolve(top).resolve(MARKER), LinkOption.NOFOLLOW_LINKS));
  }

  /** Foreign files at paths a run always writes: replacing them would destroy the user's files. */
  List<String> inTheWay() {
    return foreign.stream().filter(f -> TOP_LEVEL.contains(f) || FOLDERS.contains(f.replaceAll("/$", ""))).toList();
  }

  /** Whether {@code file} (absolute, links resolved) is one of the files a run wrote. */
  boolean owns(Path file) {
    return file.startsWith(dir) && owned.contains(FileTrees.relative(dir, file));
  }
}
