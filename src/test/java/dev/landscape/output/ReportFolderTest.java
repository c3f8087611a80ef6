package dev.landscape.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.corpus.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {
  @TempDir Path tmp;

  @Test
  void commitReplacesThePreviousReportAsAWhole() throws IOException {
    Path out = tmp.resolve("reports");
    Files.createDirectories(out);
    Files.writeString(out.resolve(ReportFolder.MARKER), "{}");
    Files.writeString(out.resolve("stale.csv"), "old");
    try (ReportFolder folder = ReportFolder.create(out)) {
      Files.writeString(folder.dir().resolve(ReportFolder.MARKER), "{\"new\": true}");
      folder.commit();
    }
    assertEquals("{\"new\": true}", Files.readString(out.resolve(ReportFolder.MARKER)));
    assertFalse(Files.exists(out.resolve("stale.csv")));
    assertEquals(List.of("reports"), names(tmp), "no temporary folder is left behind");
  }

  @Test
  void aRunKilledBetweenTheTwoRenamesGetsItsPreviousReportBack() throws IOException {
    Path out = tmp.resolve("reports");
    Path old = tmp.resolve(".reports.old-123");
    Files.createDirectories(old);
    Files.writeString(old.resolve(ReportFolder.MARKER), "previous");
    // The state a kill between "report -> old" and "staging -> report" leaves: no report, the old one hidden.
    try (ReportFolder folder = ReportFolder.create(out)) {
      assertEquals("previous", Files.readString(out.resolve(ReportFolder.MARKER)), "restored before the run works");
    }
    assertEquals(List.of("reports"), names(tmp));
  }

  @Test
  void aRunThatFailsLeavesThePreviousReportUntouched() throws IOException {
    Path out = tmp.resolve("reports");
    Files.createDirectories(out);
    Files.writeString(out.resolve(ReportFolder.MARKER), "previous");
    try (ReportFolder folder = ReportFolder.create(out)) {
      Files.writeString(folder.dir().resolve("half.csv"), "half written");
      // no commit: the run failed
    }
    assertEquals("previous", Files.readString(out.resolve(ReportFolder.MARKER)));
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
  void createsMissingAndEmptyFolders() throws IOException {
    Path nested = tmp.resolve("a/b/reports");
    try (ReportFolder folder = ReportFolder.create(nested)) {
      Files.writeString(folder.dir().resolve(ReportFolder.MARKER), "{}");
      folder.commit();
    }
    assertTrue(Files.exists(nested.resolve(ReportFolder.MARKER)));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
