package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --outputs, --chart-formats and --open: a run writes what was asked, and says when it cannot. */
class OutputSelectionTest {
  @TempDir Path tmp;

  private final CliRunner cli = new CliRunner();

  private Path run(String name, String... more) {
    Path out = tmp.resolve(name);
    List<String> args = new java.util.ArrayList<>(List.of("run", "-q", "--out", out.toString(), "--iterations",
        "50"));
    args.addAll(List.of(more));
    assertEquals(ExitCodes.OK, cli.execute(args.toArray(String[]::new)), cli.err.toString());
    return out;
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
  }

  @Test
  void onlyTheTablesWhenOnlyTheTablesAreAsked() throws IOException {
    Path out = run("csv", "--outputs", "csv");
    List<String> files = files(out);
    assertTrue(files.contains("themes.csv") && files.contains("topic-assignments.csv"), files.toString());
    assertTrue(files.stream().allMatch(f -> f.endsWith(".csv") || f.equals("run.json")), files.toString());
    JsonNode json = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals("[\"csv\"]", json.at("/parameters/outputs").toString());
    // run.json lists exactly what is there.
    List<String> listed = new java.util.ArrayList<>();
    json.get("files").forEach(f -> listed.add(f.asText()));
    assertEquals(files, listed.stream().sorted().toList());
  }

  @Test
  void theWorkbookAloneLeavesNoTableBehind() throws IOException {
    Path out = run("xlsx", "--outputs", "xlsx");
    assertEquals(List.of("landscape.xlsx", "run.json"), files(out));
    try (Stream<Path> inside = Files.list(out)) {
      assertTrue(inside.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no scratch folder left");
    }
  }

  @Test
  void chartsInTheFormatsAsked() throws IOException {
    Path out = run("png", "--outputs", "charts,model", "--chart-formats", "png");
    List<String> charts = files(out).stream().filter(f -> f.startsWith("charts/")).toList();
    assertFalse(charts.isEmpty());
    assertTrue(charts.stream().allMatch(f -> f.endsWith(".png") || f.equals("charts/index.csv")), charts.toString());
    assertTrue(Files.readString(out.resolve("charts/index.csv")).lines().skip(1).allMatch(l -> l.contains(",png,")));
    assertTrue(Files.isRegularFile(out.resolve("model/model.json")));
    assertFalse(Files.exists(out.resolve("report.html")));
  }

  @Test
  void theReportBringsTheChartsItShows() throws IOException {
    Path out = run("report", "--outputs", "report");
    List<String> files = files(out);
    assertTrue(files.containsAll(List.of("report.html", "report.md", "charts/theme-share.png",
        "charts/theme-share.svg")), files.toString());
    assertFalse(files.contains("landscape.pptx") || files.contains("themes.csv"), files.toString());
  }

  @Test
  void impossibleChoicesAreUsageErrors() {
    assertEquals(ExitCodes.USAGE, cli.execute("run", "--outputs", "csv,slides", "--out", tmp.resolve("x").toString()));
    assertTrue(cli.err.toString().startsWith("landscape: --outputs: unknown output 'slides'; choose from all, csv, "
        + "xlsx, charts, report, deck, model"), cli.err.toString());
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute("run", "--outputs", "report", "--chart-formats", "pdf", "--out",
        tmp.resolve("x").toString()));
    assertTrue(cli.err.toString().startsWith("landscape: --outputs report needs png and svg in --chart-formats"),
        cli.err.toString());
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute("run", "--chart-formats", "png,gif", "--out",
        tmp.resolve("x").toString()));
    assertTrue(cli.err.toString().startsWith("landscape: --chart-formats: unknown format 'gif'"), cli.err.toString());
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute("run", "--outputs", "csv", "--open", "--out",
        tmp.resolve("x").toString()));
    assertTrue(cli.err.toString().startsWith("landscape: --open opens report.html, which --outputs leaves out"),
        cli.err.toString());
    assertFalse(Files.exists(tmp.resolve("x")));
  }

  /** Without a desktop (CI, a server) --open says where the report is, in one line, and the run still succeeds. */
  @Test
  void openWithoutADesktopSaysWhereTheReportIs() {
    org.junit.jupiter.api.Assumptions.assumeFalse(ReportOpener.canBrowse(), "a desktop would open a browser");
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISPLAY") == null
        && System.getenv("WAYLAND_DISPLAY") == null, "xdg-open would open a browser");
    Path out = run("open", "--open");
    assertEquals("landscape: --open: no desktop browser here; open " + out.resolve("report.html").toAbsolutePath()
        .normalize() + " in a browser", cli.err.toString().strip());
    // A folder name holding terminal escape codes is shown, not obeyed (issue 36).
    cli.clear();
    run("red\u001b[31mfolder\u0007", "--open");
    assertFalse(cli.err.toString().contains("\u001b") || cli.err.toString().contains("\u0007"), cli.err.toString());
  }

  /** A headless JVM (the launcher's) opens the page with the desktop's own opener where there is one. */
  @Test
  void theDesktopsOwnOpenerForEachSystem() {
    Path page = Path.of("/r/report.html");
    assertEquals(List.of("open", "/r/report.html"), ReportOpener.opener("Mac OS X", page));
    assertEquals("rundll32", ReportOpener.opener("Windows 11", page).get(0));
  }
}
