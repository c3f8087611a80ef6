package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.io.ControlCharacters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters and formulas in a corpus, its file name and a themes file: the terminal shows them as escapes
 * (no screen cleared, no log line forged), report.md and the CSVs hold none, every SVG stays well-formed XML, and no
 * CSV cell starts a formula.
 */
class InjectionTest {
  @TempDir Path tmp;

  @Test
  void controlCharactersAndFormulasNeverReachTerminalsOrFiles() throws Exception {
    // A file name that clears the screen and starts a forged line; ids, titles, abstracts and dates that do the same.
    Path input = tmp.resolve("c\u001b[2J\nFORGED file.jsonl");
    List<String> lines = new ArrayList<>(HostileInputTest.goodLines());
    lines.add("{\"id\": \"2401.90\\u001b[31m\\nFORGED id\", \"title\": \"NUL \\u0000 and backspace \\b\\b title\", "
        + "\"abstract\": \"violin piano \\u001b[2J melody chord \\u0007 rhythm\", "
        + "\"date\": \"2024\\u001b[2J\\nFORGED date\"}");
    lines.add("{\"id\": \"2401.91\", \"title\": \"\\t=HYPERLINK(1)\", \"abstract\": \"rocket orbit launch\"}");
    Files.writeString(input, String.join("\n", lines) + "\n");
    Path themes = tmp.resolve("themes.yaml");
    Files.writeString(themes, "themes:\n  - name: \"=HYPERLINK(\\\"http://x\\\")\"\n"
        + "    seeds: [rocket, orbit, satellite]\n"
        + "  - name: \"@SUM(1)\"\n    seeds: [violin, piano, melody]\n");
    Path out = tmp.resolve("reports");

    PrintStream stderr = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    CliRunner cli = new CliRunner();
    int code;
    try {
      System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
      code = cli.execute("run", "--input", input.toString(), "--out", out.toString(), "--themes", themes.toString(),
          "--topics", "2", "--iterations", "20", "--date-column", "date");
    } finally {
      System.setErr(stderr);
    }
    assertEquals(ExitCodes.OK, code, cli.err.toString());
    String terminal = cli.out + "\n" + cli.err + "\n" + logged.toString(StandardCharsets.UTF_8);
    assertTrue(terminal.contains("\\x1b[2J"), "control characters are shown as escapes: " + terminal);
    assertNoControls("the terminal", terminal, "\n");
    for (String line : terminal.lines().toList()) {
      assertFalse(line.startsWith("FORGED"), "a forged line: " + line);
    }

    assertNoControls("report.md", Files.readString(out.resolve("report.md")), "\n");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(out)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    int svgs = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.endsWith(".csv")) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
            for (String cell : record) {
              assertNoControls(name, cell, "\n\t\r");
              assertFalse(!cell.isEmpty() && "=+@".indexOf(cell.strip().charAt(0)) >= 0,
                  name + ": a cell that starts a formula: " + cell);
            }
          }
        }
      } else if (name.endsWith(".svg")) {
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // no network
        xml.newDocumentBuilder().parse(file.toFile()); // throws when malformed
        svgs++;
      }
    }
    assertTrue(svgs > 3, "charts were drawn");
    String index = Files.readString(out.resolve("charts").resolve("index.csv"));
    assertTrue(index.contains("'=HYPERLINK") || index.contains("'@SUM"), "a theme name reached a chart title:\n"
        + index);

    // infer --theme-terms has a column per named theme, headed by its name: guarded as any cell (issue 36), and
    // aggregate takes the table back.
    Path placed = tmp.resolve("placed.csv");
    Path terms = tmp.resolve("terms.csv");
    CliRunner infer = new CliRunner();
    assertEquals(ExitCodes.OK, infer.execute("infer", "-q", "--model", out.toString(), "--input", input.toString(),
        "--out", placed.toString(), "--theme-terms", terms.toString(), "--date-column", "date"),
        infer.err.toString());
    List<String> header;
    try (Reader reader = Files.newBufferedReader(terms, StandardCharsets.UTF_8)) {
      header = CSVFormat.RFC4180.parse(reader).iterator().next().toList();
    }
    assertEquals(List.of("term_id", "term", "papers", "'=HYPERLINK(\"http://x\")", "'@SUM(1)"), header);
    CliRunner aggregate = new CliRunner();
    assertEquals(ExitCodes.OK, aggregate.execute("aggregate", "-q", "--model", out.toString(), "--assignments",
        placed.toString(), "--theme-terms", terms.toString(), "--out", tmp.resolve("aggregated").toString()),
        aggregate.err.toString());
  }

  private static void assertNoControls(String where, String text, String allowed) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ControlCharacters.isControl(c) && allowed.indexOf(c) < 0) {
        throw new AssertionError(where + " holds U+" + Integer.toHexString(c) + " near: "
            + ControlCharacters.visible(text.substring(Math.max(0, i - 60), Math.min(text.length(), i + 20))));
      }
    }
  }

  @Test
  void aControlCharacterInAThemeNameIsRefused() throws IOException {
    Path input = tmp.resolve("c.jsonl");
    Files.write(input, HostileInputTest.goodPlus());
    Path themes = tmp.resolve("themes.yaml");
    Files.writeString(themes, "themes:\n  - name: \"Clear \\e[2J screen\"\n    seeds: [rocket]\n");
    CliRunner cli = new CliRunner();
    int code = cli.execute("run", "-q", "--input", input.toString(), "--out", tmp.resolve("r").toString(), "--themes",
        themes.toString());
    assertEquals(ExitCodes.USAGE, code);
    assertEquals("landscape: " + themes + ": theme 1 has a control character in its name, parent, seeds or was",
        cli.err.toString().strip());
  }
}
