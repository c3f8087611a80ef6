package dev.landscape.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.corpus.PaperStream;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.progress.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading reports the file's bytes (so a bar has a percentage), and preparation has a bar of its own. */
class PreparationProgressTest {
  /** A task as a recording progress saw it. */
  record Seen(String name, long total, String unit, List<Long> steps, List<String> messages) {}

  private static List<Seen> prepare(Path file) throws IOException {
    List<Seen> seen = new ArrayList<>();
    Progress recording = (name, total, unit) -> {
      Seen task = new Seen(name, total, unit, new ArrayList<>(), new ArrayList<>());
      seen.add(task);
      return new Progress.Task() {
        @Override
        public void stepTo(long done) {
          task.steps().add(done);
        }

        @Override
        public void message(String message) {
          task.messages().add(message);
        }

        @Override
        public void close() {}
      };
    };
    try (PaperStream papers = PaperStream.open(file, ReadOptions.defaults())) {
      new TextPreparer(TextOptions.defaults(2)).prepare(papers, recording);
    }
    return seen;
  }

  private static void assertReadsBytesOf(Path file) throws IOException {
    List<Seen> seen = prepare(file);
    Seen reading = seen.get(0);
    assertEquals("Reading", reading.name());
    assertEquals(Progress.BYTES, reading.unit());
    assertEquals(Files.size(file), reading.total());
    List<Long> steps = reading.steps();
    for (int i = 1; i < steps.size(); i++) {
      assertTrue(steps.get(i) >= steps.get(i - 1) && steps.get(i) <= reading.total(), steps.toString());
    }
    assertEquals(reading.total(), steps.get(steps.size() - 1), "ends at 100%");
    assertEquals("39 papers", reading.messages().get(reading.messages().size() - 1));
    Seen preparing = seen.get(1);
    assertEquals("Preparing", preparing.name());
    assertEquals(List.of(1L, 2L, 3L, 4L), preparing.steps());
    assertEquals(List.of("words", "phrases", "vocabulary", "documents", ""), preparing.messages());
  }

  @Test
  void aPlainFileIsReadByItsBytes() throws IOException {
    assertReadsBytesOf(Path.of("data/arxiv-ml-abstracts.txt"));
  }

  /** A gzip file is read by its compressed bytes: its size on disk is what the bar fills. */
  @Test
  void aGzipFileIsReadByItsCompressedBytes(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("abstracts.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(Path.of("data/arxiv-ml-abstracts.txt"), out);
    }
    assertReadsBytesOf(gz);
  }
}
