package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile-input suite, second round: outputs never delete or replace what a run did not write. Each case names the
 * kind of data loss a user met (issue 24) and asserts the exit code, the one-line message, and that every file
 * outside the run's own is byte for byte as it was.
 */
class OutputSafetyTest {
  @TempDir static Path shared;
  @TempDir Path tmp;

  static Path model;
  static Path corpus;

  @BeforeAll
  static void train() throws IOException {
    corpus = shared.resolve("c.jsonl");
    Files.write(corpus, HostileInputTest.goodPlus());
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.OK, cli.execute("run", "-q", "--input", corpus.toString(), "--out",
        shared.resolve("reports").toString(), "--themes", "none", "--topics", "2", "--iterations", "20"),
        cli.err.toString());
    model = shared.resolve("reports/model");
  }

  /** Every file under {@code dir} with its bytes, to compare before and after. */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  private static int run(CliRunner cli, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("run", "-q", "--input", corpus.toString(), "--out", out.toString(),
        "--themes", "none", "--topics", "2", "--iterations", "20"));
    args.addAll(List.of(more));
    return cli.execute(args.toArray(String[]::new));
  }

  /**
   * A folder name of 255 bytes, the most a name may have, was refused: the hidden staging and swap names built on it
   * were longer (issue 36). Written, and written again over itself, with nothing hidden left beside it.
   */
  @Test
  void theLongestLegalFolderNameIsWrittenAndReplaced() throws IOException {
    Path out = tmp.resolve("é".repeat(100) + "r".repeat(55));
    assertEquals(255, out.getFileName().toString().getBytes(StandardCharsets.UTF_8).length);
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.OK, run(cli, out, "--outputs", "csv"), cli.err.toString());
    assertEquals(ExitCodes.OK, run(cli, out, "--outputs", "csv"), cli.err.toString());
    assertTrue(Files.isRegularFile(out.resolve("run.json")));
    try (var left = Files.list(tmp)) {
      assertEquals(List.of(out), left.toList());
    }
  }

  @Test
  void aFolderWithAnotherToolsRunJsonIsRefusedAndKept() throws IOException {
    Path documents = Files.createDirectories(tmp.resolve("thesis"));
    Files.writeString(documents.resolve("run.json"), "{\"tool\": \"snakemake\", \"jobs\": 3}");
    Files.writeString(documents.resolve("thesis.tex"), "\\documentclass{book}");
    Files.writeString(documents.resolve("data.csv"), "a,b\n1,2\n");
    Map<String, String> before = snapshot(documents);
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.USAGE, run(cli, documents));
    assertEquals("landscape: --out " + documents + ": holds a run.json that landscape did not write; choose a new "
        + "or empty folder", cli.err.toString().strip());
    assertEquals(before, snapshot(documents));
  }

  @Test
  void filesAUserKeepsInAReportSurviveTheNextRun() throws IOException {
    Path reports = tmp.resolve("reports");
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.OK, run(cli, reports), cli.err.toString());
    Path input = Files.copy(corpus, reports.resolve("corpus.jsonl"));
    Path stopwords = Files.writeString(reports.resolve("stop.txt"), "rocket\n");
    Path themes = Files.writeString(reports.resolve("mine.yaml"), "themes:\n  - name: Space\n    seeds: [orbit]\n");
    Files.writeString(reports.resolve("notes.md"), "what I told my team");
    Files.writeString(reports.resolve("charts/my-sketch.svg"), "<svg/>");
    Map<String, String> mine = Map.of("corpus.jsonl", Files.readString(input), "stop.txt", "rocket\n",
        "mine.yaml", Files.readString(themes), "notes.md", "what I told my team", "charts/my-sketch.svg", "<svg/>");
    cli = new CliRunner();
    assertEquals(ExitCodes.OK, cli.execute("run", "-q", "--input", input.toString(), "--stopwords",
        stopwords.toString(), "--themes", themes.toString(), "--out", reports.toString(), "--topics", "2",
        "--iterations", "20"), cli.err.toString());
    for (Map.Entry<String, String> e : mine.entrySet()) {
      assertEquals(e.getValue(), Files.readString(reports.resolve(e.getKey())), e.getKey());
    }
    assertTrue(Files.exists(reports.resolve("report.html")));
    try (Stream<Path> list = Files.list(reports)) {
      assertFalse(list.anyMatch(p -> p.getFileName().toString().startsWith(".")), "no staging left inside");
    }
  }

  @Test
  void anInputThatIsAFileOfTheReportIsRefused() throws IOException {
    Path reports = tmp.resolve("reports");
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.OK, run(cli, reports), cli.err.toString());
    Path input = reports.resolve("topic-assignments.csv");
    Map<String, String> before = snapshot(reports);
    cli = new CliRunner();
    assertEquals(ExitCodes.USAGE, cli.execute("run", "-q", "--input", input.toString(), "--out",
        reports.toString()));
    assertEquals("landscape: --input " + input + ": is a file of the report in --out " + reports
        + ", which this run replaces; copy it elsewhere first or choose another --out", cli.err.toString().strip());
    assertEquals(before, snapshot(reports));
  }

  /** {@code --out .} from inside an earlier report: the working folder itself stays, with the user's files in it. */
  @Test
  void outDotFromInsideAReportKeepsTheWorkingFolderAndItsFiles() throws Exception {
    Path reports = tmp.resolve("reports");
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.OK, run(cli, reports), cli.err.toString());
    Files.writeString(reports.resolve("notes.md"), "mine");
    Object inode = Files.getAttribute(reports, "unix:ino");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", "-q", "--input",
        corpus.toString(), "--out", ".", "--themes", "none", "--topics", "2", "--iterations", "20")
        .directory(reports.toFile()).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, child.exitValue(), output);
    assertEquals("mine", Files.readString(reports.resolve("notes.md")));
    assertEquals(inode, Files.getAttribute(reports, "unix:ino"), "the working folder was filled, not replaced");
    assertTrue(Files.exists(reports.resolve("report.html")));
  }

  @Test
  void inferNeverWritesOverItsModelOrInput() throws IOException {
    Map<String, String> before = snapshot(model);
    for (String file : List.of("model.json", "topic-words.tsv")) {
      CliRunner cli = new CliRunner();
      Path out = model.resolve(file);
      assertEquals(ExitCodes.USAGE, cli.execute("infer", "-q", "--model", model.toString(), "--input",
          corpus.toString(), "--out", out.toString()));
      assertEquals("landscape: --out " + out + ": is inside the report folder " + model.getParent() + " of the model; "
          + "choose another name", cli.err.toString().strip());
    }
    assertEquals(before, snapshot(model));
    // The provenance NAME.run.json must not land on a file that is not ours either: here, the input.
    Path input = Files.copy(corpus, tmp.resolve("papers.run.json"));
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.USAGE, cli.execute("infer", "-q", "--model", model.toString(), "--input",
        input.toString(), "--out", tmp.resolve("papers.csv").toString()));
    assertEquals("landscape: --out " + tmp.resolve("papers.csv") + ": its provenance file papers.run.json exists and "
        + "was not written by landscape infer; move it or choose another --out", cli.err.toString().strip());
    assertEquals(Files.readString(corpus), Files.readString(input));
  }

  @Test
  void inferWritesThroughAPipeOrDeviceInsteadOfReplacingIt() throws Exception {
    Path fifo = tmp.resolve("rows.fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    StringBuilder read = new StringBuilder();
    Thread reader = new Thread(() -> {
      try {
        read.append(Files.readString(fifo));
      } catch (IOException e) {
        read.append("failed: ").append(e);
      }
    });
    reader.start();
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.OK, cli.execute("infer", "-q", "--model", model.toString(), "--input",
        corpus.toString(), "--out", fifo.toString()), cli.err.toString());
    reader.join(30_000);
    assertTrue(read.toString().startsWith("id,title,date,theme"), read.toString());
    assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still a pipe");
    assertFalse(Files.exists(tmp.resolve("rows.fifo.run.json")), "no provenance beside a pipe");
    cli = new CliRunner();
    assertEquals(ExitCodes.OK, cli.execute("infer", "-q", "--model", model.toString(), "--input",
        corpus.toString(), "--out", "/dev/null"), cli.err.toString());
    assertFalse(Files.isRegularFile(Path.of("/dev/null")), "/dev/null is still a device");
  }

  /** Standard output that cannot be written (here /dev/full) is an error, not a silent success. */
  @Test
  void aLostStandardOutputExitsOne() throws Exception {
    Path texts = Files.writeString(tmp.resolve("texts.txt"), "rocket orbit launch\nviolin piano melody\n"
        + "rocket orbit\nviolin piano\n");
    Path topics = Files.writeString(tmp.resolve("topics.txt"), "rocket orbit\nviolin piano\n");
    List<List<String>> commands = List.of(
        List.of("coherence", "--texts", texts.toString(), "--topics", topics.toString()),
        List.of("infer", "-q", "--model", model.toString(), "--input", corpus.toString(), "--out", "-"));
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName()));
      args.addAll(command);
      Process child = new ProcessBuilder(args).redirectOutput(new File("/dev/full")).start();
      String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
      assertEquals(ExitCodes.FAILURE, child.exitValue(), command + ": " + err);
      assertTrue(err.strip().endsWith("cannot write standard output (closed, or the disk is full)"), err);
      assertEquals(1, err.strip().lines().count(), err);
    }
  }

  /**
   * A mount point (a Docker volume) cannot be renamed: the report is written inside it, on the first run and on the
   * next, instead of failing at the very end. Needs root to mount a tmpfs; skipped elsewhere.
   */
  @Test
  void aMountPointAsOutIsFilledInPlace() throws Exception {
    Path volume = Files.createDirectory(tmp.resolve("volume"));
    boolean mounted = new ProcessBuilder("mount", "-t", "tmpfs", "none", volume.toString()).redirectErrorStream(true)
        .start().waitFor() == 0;
    org.junit.jupiter.api.Assumptions.assumeTrue(mounted, "can mount a tmpfs (root)");
    try {
      Files.writeString(volume.resolve("notes.txt"), "mine");
      CliRunner cli = new CliRunner();
      assertEquals(ExitCodes.USAGE, run(cli, volume), "a volume of other files is refused like any folder");
      Files.delete(volume.resolve("notes.txt"));
      for (int i = 0; i < 2; i++) {
        cli = new CliRunner();
        assertEquals(ExitCodes.OK, run(cli, volume), cli.err.toString());
        assertTrue(Files.exists(volume.resolve("run.json")));
        try (Stream<Path> entries = Files.list(volume)) {
          assertTrue(entries.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no hidden folder left");
        }
      }
    } finally {
      new ProcessBuilder("umount", volume.toString()).start().waitFor();
    }
  }
}
