package dev.landscape.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.io.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run may replace in the folder named by --out, and what it must leave alone. */
class ReportFolderTest {
  @TempDir Path tmp;

  /** An earlier report in {@code dir}: a run.json listing {@code files}, each written with its own name as text. */
  static Path earlierReport(Path dir, String... files) throws IOException {
    Files.createDirectories(dir);
    StringBuilder list = new StringBuilder();
    for (String file : files) {
      Path path = dir.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "old " + file);
      list.append(list.length() == 0 ? "" : ", ").append('"').append(file).append('"');
    }
    Files.writeString(dir.resolve(ReportFolder.MARKER),
        "{\"tool\": \"landscape\", \"files\": [" + list + ", \"run.json\"]}");
    return dir;
  }

  /** A run that writes {@code files} (and run.json) and commits. */
  static void run(Path out, String... files) throws IOException {
    try (ReportFolder folder = ReportFolder.create(out)) {
      write(folder, files);
      folder.commit();
    }
  }

  private static void write(ReportFolder folder, String... files) throws IOException {
    for (String file : files) {
      Path path = folder.dir().resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "new " + file);
    }
    Files.writeString(folder.dir().resolve(ReportFolder.MARKER), "{\"tool\": \"landscape\", \"files\": "
        + Stream.concat(Stream.of(files), Stream.of("run.json")).map(f -> '"' + f + '"').toList() + "}");
  }

  @Test
  void commitReplacesTheFilesOfThePreviousRunAndRemovesThoseNotWrittenAgain() throws IOException {
    Path out = earlierReport(tmp.resolve("reports"), "topics.csv", "sweep.csv", "charts/a.png", "charts/b.png");
    run(out, "topics.csv", "charts/a.png");
    assertEquals("new topics.csv", Files.readString(out.resolve("topics.csv")));
    assertEquals("new charts/a.png", Files.readString(out.resolve("charts/a.png")));
    assertFalse(Files.exists(out.resolve("sweep.csv")));
    assertFalse(Files.exists(out.resolve("charts/b.png")));
    assertEquals(List.of("reports"), names(tmp), "no temporary folder is left behind");
  }

  @Test
  void theUsersFilesInAReportAreKept() throws IOException {
    Path out = earlierReport(tmp.resolve("reports"), "topics.csv", "charts/a.png");
    Files.writeString(out.resolve("notes.md"), "my notes");
    Files.writeString(out.resolve("corpus.jsonl"), "my input");
    Files.writeString(out.resolve("charts/sketch.png"), "my drawing");
    Files.createDirectories(out.resolve("drafts"));
    run(out, "topics.csv", "report.html");
    assertEquals("my notes", Files.readString(out.resolve("notes.md")));
    assertEquals("my input", Files.readString(out.resolve("corpus.jsonl")));
    assertEquals("my drawing", Files.readString(out.resolve("charts/sketch.png")));
    assertTrue(Files.isDirectory(out.resolve("drafts")));
    assertEquals("new report.html", Files.readString(out.resolve("report.html")));
    assertFalse(Files.exists(out.resolve("charts/a.png")));
    assertEquals(List.of("charts", "corpus.jsonl", "drafts", "notes.md", "report.html", "run.json", "topics.csv"),
        names(out), "no staging folder or journal is left behind");
  }

  @Test
  void aFileTheUserAddsWhileTheRunWorksIsKept() throws IOException {
    Path out = earlierReport(tmp.resolve("reports"), "topics.csv");
    try (ReportFolder folder = ReportFolder.create(out)) {
      write(folder, "topics.csv");
      Files.writeString(out.resolve("notes.md"), "written during the run");
      folder.commit();
    }
    assertEquals("written during the run", Files.readString(out.resolve("notes.md")));
    assertEquals("new topics.csv", Files.readString(out.resolve("topics.csv")));
  }

  @Test
  void aForgedListCannotMakeARunDeleteFilesItNeverWrites() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("reports"));
    Files.writeString(tmp.resolve("thesis.tex"), "precious");
    Files.writeString(out.resolve("data.csv"), "precious too");
    Files.writeString(out.resolve(ReportFolder.MARKER),
        "{\"tool\": \"landscape\", \"files\": [\"../thesis.tex\", \"data.csv\", \"/etc/hostname\", \"run.json\"]}");
    run(out, "topics.csv");
    assertEquals("precious", Files.readString(tmp.resolve("thesis.tex")));
    assertEquals("precious too", Files.readString(out.resolve("data.csv")));
  }

  @Test
  void aRunJsonOfAnotherToolIsRefusedAndNothingIsTouched() throws IOException {
    Path documents = Files.createDirectories(tmp.resolve("documents"));
    Files.writeString(documents.resolve("run.json"), "{\"tool\": \"other\"}");
    Files.writeString(documents.resolve("thesis.tex"), "precious");
    InputException e = assertThrows(InputException.class, () -> ReportFolder.create(documents));
    assertEquals("--out " + documents + ": holds a run.json that landscape did not write; choose a new or empty "
        + "folder", e.getMessage());
    Files.writeString(documents.resolve("run.json"), "not json at all");
    assertThrows(InputException.class, () -> ReportFolder.create(documents));
    assertEquals(List.of("run.json", "thesis.tex"), names(documents));
  }

  @Test
  void aFileOfTheUsersWhereARunWritesIsRefusedBeforeAnyWork() throws IOException {
    Path out = earlierReport(tmp.resolve("reports"), "topics.csv");
    Files.writeString(out.resolve("report.md"), "my own report");
    InputException e = assertThrows(InputException.class, () -> ReportFolder.create(out));
    assertEquals("--out " + out + ": holds report.md, which landscape did not write and a run would replace; "
        + "move it or choose another folder", e.getMessage());
    assertEquals("my own report", Files.readString(out.resolve("report.md")));
  }

  @Test
  void aFileOfTheUsersInAChartsFolderIsNeverOverwritten() throws IOException {
    Path out = earlierReport(tmp.resolve("reports"), "topics.csv");
    Files.createDirectories(out.resolve("charts"));
    Files.writeString(out.resolve("charts/a.png"), "my drawing");
    try (ReportFolder folder = ReportFolder.create(out)) {
      write(folder, "topics.csv", "charts/a.png");
      UncheckedIOException e = assertThrows(UncheckedIOException.class, folder::commit);
      assertTrue(e.getMessage().contains("charts/a.png was not written by landscape"), e.getMessage());
    }
    assertEquals("my drawing", Files.readString(out.resolve("charts/a.png")));
    assertEquals("old topics.csv", Files.readString(out.resolve("topics.csv")), "the report is left as it was");
  }

  @Test
  void anInputThatIsAFileOfTheReportIsRefused() throws IOException {
    Path out = earlierReport(tmp.resolve("reports"), "topic-assignments.csv");
    Path input = out.resolve("topic-assignments.csv");
    InputException e = assertThrows(InputException.class, () -> ReportFolder.create(out, Map.of("--input", input)));
    assertEquals("--input " + input + ": is a file of the report in --out " + out + ", which this run replaces; "
        + "copy it elsewhere first or choose another --out", e.getMessage());
    Path ownInput = Files.writeString(out.resolve("corpus.jsonl"), "mine");
    run(out, "topics.csv");
    try (ReportFolder folder = ReportFolder.create(out, Map.of("--input", ownInput))) {
      write(folder, "topics.csv");
      folder.commit();
    }
    assertEquals("mine", Files.readString(ownInput));
  }

  @Test
  void aRunKilledInTheMiddleOfPlacingFilesLeavesThemKnownAsOurs() throws IOException {
    Path out = earlierReport(tmp.resolve("reports"), "topics.csv");
    Files.writeString(out.resolve("notes.md"), "mine");
    // The state a kill during an in-place commit leaves: a new file placed, the journal naming it.
    Files.writeString(out.resolve("sweep.csv"), "placed before the kill");
    Files.writeString(out.resolve(".landscape-commit.json"), "[\"sweep.csv\", \"topics.csv\", \"run.json\"]");
    run(out, "topics.csv");
    assertFalse(Files.exists(out.resolve("sweep.csv")), "the journal made it ours, so it is removed");
    assertEquals(List.of("notes.md", "run.json", "topics.csv"), names(out));
  }

  @Test
  void aRunKilledBetweenTheTwoRenamesGetsItsLatestPreviousReportBack() throws IOException {
    Path out = tmp.resolve("reports");
    earlierReport(tmp.resolve(".reports.old-1"), "topics.csv");
    Path latest = earlierReport(tmp.resolve(".reports.old-2"), "topics.csv");
    Files.writeString(latest.resolve("topics.csv"), "latest");
    Files.setLastModifiedTime(tmp.resolve(".reports.old-1"), java.nio.file.attribute.FileTime.fromMillis(1000));
    // Two swaps cut off between "report -> old" and "staging -> report": no report, two old ones hidden.
    try (ReportFolder folder = ReportFolder.create(out)) {
      assertEquals("latest", Files.readString(out.resolve("topics.csv")), "restored before the run works");
    }
    assertEquals(List.of("reports"), names(tmp), "the older hidden report is removed too");
  }

  @Test
  void stagingFoldersOfRunsThatAreGoneAreRemovedAndThoseOfLiveRunsKept() throws IOException {
    Path out = earlierReport(tmp.resolve("reports"), "topics.csv");
    long dead = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 1000;
    oldFolder(tmp.resolve(".reports.tmp-" + dead + "-123"));
    oldFolder(out.resolve(".landscape-staging-" + dead + "-456"));
    Path young = Files.createDirectories(tmp.resolve(".reports.tmp-" + dead + "-124"));
    Path live = Files.createDirectories(tmp.resolve(".reports.tmp-" + ProcessHandle.current().pid() + "-789"));
    Path unknown = Files.createDirectories(tmp.resolve(".reports.tmp-42"));
    run(out, "topics.csv");
    assertEquals(Stream.of(live.getFileName().toString(), unknown.getFileName().toString(),
        young.getFileName().toString(), "reports").sorted().toList(), names(tmp),
        "one without a lock made under a minute ago may be a run making its lock now");
    assertEquals(List.of("run.json", "topics.csv"), names(out));
  }

  /** A folder made more than a minute ago, as a run killed long ago left it. */
  private static Path oldFolder(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.setLastModifiedTime(dir, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 120_000));
    return dir;
  }

  /**
   * Issue 36: liveness is the staging folder's lock, not its process id. A run in another PID namespace has an id
   * this process cannot see: its folder, its lock held, is not removed, and a second writer is refused in one line;
   * once the lock is free (its run died) the folder is removed, even under an id that is alive here.
   */
  @Test
  void aStagingFolderIsLiveWhileItsLockIsHeldWhateverItsProcessId() throws IOException {
    Path out = earlierReport(tmp.resolve("reports"), "topics.csv");
    long unseen = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 1000;
    Path other = oldFolder(tmp.resolve(".reports.tmp-" + unseen + "-1"));
    try (StagingLock held = StagingLock.hold(other)) {
      InputException e = assertThrows(InputException.class, () -> ReportFolder.create(out));
      assertEquals("--out " + out + ": another landscape command is writing it now; wait for it to finish or choose "
          + "another --out", e.getMessage());
      assertTrue(Files.exists(other.resolve(StagingLock.NAME)), "a live run's folder is kept");
    }
    Path reused = oldFolder(tmp.resolve(".reports.tmp-1-2"));
    Files.writeString(reused.resolve(StagingLock.NAME), "");
    run(out, "themes.csv");
    assertEquals(List.of("reports"), names(tmp), "free locks: their runs are gone, whatever the ids");
    assertEquals(List.of("run.json", "themes.csv"), names(out), "the lock file is not left in the report");
  }

  /** While a run works its staging folder is locked, and a second run into the same folder is refused. */
  @Test
  void aSecondWriterIsRefusedWhileTheFirstWorks() throws IOException {
    Path out = earlierReport(tmp.resolve("reports"), "topics.csv");
    try (ReportFolder first = ReportFolder.create(out)) {
      assertThrows(InputException.class, () -> ReportFolder.create(out));
      write(first, "topics.csv");
      first.commit();
    }
    run(out, "topics.csv");
    assertEquals(List.of("run.json", "topics.csv"), names(out));
  }

  @Test
  void aRunThatFailsLeavesThePreviousReportUntouched() throws IOException {
    Path out = earlierReport(tmp.resolve("reports"), "topics.csv");
    try (ReportFolder folder = ReportFolder.create(out)) {
      Files.writeString(folder.dir().resolve("half.csv"), "half written");
      // no commit: the run failed
    }
    assertEquals("old topics.csv", Files.readString(out.resolve("topics.csv")));
    assertEquals(List.of("reports"), names(tmp));
  }

  @Test
  void refusesFoldersThatAreNotReports() throws IOException {
    Path documents = Files.createDirectories(tmp.resolve("documents"));
    Files.writeString(documents.resolve("thesis.tex"), "precious");
    InputException e = assertThrows(InputException.class, () -> ReportFolder.create(documents));
    assertTrue(e.getMessage().contains("folder is not empty and holds no landscape report"), e.getMessage());
    Path file = Files.writeString(tmp.resolve("file.txt"), "x");
    assertThrows(InputException.class, () -> ReportFolder.create(file));
    assertEquals("precious", Files.readString(documents.resolve("thesis.tex")));
  }

  @Test
  void createsMissingAndFillsEmptyFolders() throws IOException {
    Path nested = tmp.resolve("a/b/reports");
    run(nested, "topics.csv");
    assertTrue(Files.exists(nested.resolve(ReportFolder.MARKER)));
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Object inode = Files.getAttribute(empty, "unix:ino");
    run(empty, "topics.csv");
    assertEquals(List.of("run.json", "topics.csv"), names(empty));
    assertEquals(inode, Files.getAttribute(empty, "unix:ino"), "an empty folder is filled, not replaced");
  }

  /**
   * A folder holding only hidden entries of others (a repository's reports/ with its .gitignore) is filled as an
   * empty one, and they are kept, on the first run and the next; a visible file beside them is still refused.
   */
  @Test
  void aFolderOfOnlyHiddenFilesIsFilledAndTheyAreKept() throws IOException {
    Path reports = Files.createDirectories(tmp.resolve("reports"));
    Files.writeString(reports.resolve(".gitignore"), "*\n!.gitignore\n");
    run(reports, "topics.csv");
    run(reports, "topics.csv", "themes.csv");
    assertEquals(List.of(".gitignore", "run.json", "themes.csv", "topics.csv"), names(reports));
    assertEquals("*\n!.gitignore\n", Files.readString(reports.resolve(".gitignore")));
    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(other.resolve(".hidden"), "x");
    Files.createDirectories(other.resolve("notes"));
    Files.writeString(other.resolve("notes/run.md"), "mine");
    assertThrows(InputException.class, () -> ReportFolder.create(other));
    Files.delete(other.resolve("notes/run.md"));
    Files.writeString(other.resolve("notes.txt"), "mine");
    assertThrows(InputException.class, () -> ReportFolder.create(other));
  }

  /**
   * The repository's reports/ holding only the Spark job's reports/spark/ (spark/run-local writes there) is filled
   * as an empty folder, and the nested report is kept, on the first run and the next.
   */
  @Test
  void aFolderHoldingOnlyAnotherReportIsFilledAndItIsKept() throws IOException {
    Path reports = Files.createDirectories(tmp.resolve("reports"));
    Files.writeString(reports.resolve(".gitignore"), "*\n");
    run(reports.resolve("spark"), "topics.csv");
    run(reports, "topics.csv");
    run(reports, "themes.csv");
    assertEquals(List.of(".gitignore", "run.json", "spark", "themes.csv"), names(reports));
    assertEquals(List.of("run.json", "topics.csv"), names(reports.resolve("spark")));
  }

  /**
   * Issue 36: a folder name is a name, never a glob. A report hidden by a cut-off swap of {@code a} is neither
   * restored into nor deleted by a run into {@code ?} (which, as a pattern, matched it), and {@code [} is no error.
   */
  @Test
  void folderNamesAreNamesNotPatterns() throws IOException {
    Path hidden = earlierReport(tmp.resolve(".a.old-17"), "topics.csv");
    run(tmp.resolve("?"), "topics.csv");
    run(tmp.resolve("*"), "topics.csv");
    run(tmp.resolve("a[b"), "topics.csv");
    run(tmp.resolve("a[b"), "topics.csv");
    assertEquals("old topics.csv", Files.readString(hidden.resolve("topics.csv")), "the hidden report is kept");
    assertEquals(List.of("*", ".a.old-17", "?", "a[b"), names(tmp));
    run(tmp.resolve("a"), "themes.csv");
    assertEquals(List.of("*", "?", "a", "a[b"), names(tmp), "only a run into a itself restores, then replaces, it");
  }

  /** Issue 36: a folder a run reads (aggregate's model) inside the folder it replaces is refused, as is the reverse. */
  @Test
  void anInputFolderInsideTheReportOrHoldingItIsRefused() throws IOException {
    Path out = earlierReport(tmp.resolve("reports"), "topics.csv", "model/model.json", "state/state.bin");
    Path model = out.resolve("model");
    InputException inside = assertThrows(InputException.class,
        () -> ReportFolder.create(out, Map.of("--model", model)));
    assertEquals("--model " + model + ": is inside --out " + out + ", which this run replaces; choose another "
        + "--out", inside.getMessage());
    InputException holds = assertThrows(InputException.class,
        () -> ReportFolder.create(model.resolve("sub"), Map.of("--model", model)));
    assertTrue(holds.getMessage().contains("holds --out"), holds.getMessage());
    assertEquals(List.of("model", "run.json", "state", "topics.csv"), names(out));
    assertEquals("old model/model.json", Files.readString(model.resolve("model.json")));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
