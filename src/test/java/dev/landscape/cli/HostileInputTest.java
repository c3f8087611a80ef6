package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.landscape.text.TextFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken input, through the command line as a user meets it. Each case asserts the exact outcome: the
 * one-line error (exit 2, nothing written) or the counted skips of a run that goes on. {@code FILE} in an expected
 * message stands for the input's path.
 */
class HostileInputTest {
  @TempDir Path tmp;

  /**
   * One hostile input.
   *
   * @param name what it is
   * @param file the input's file name (its extension picks the format)
   * @param content the input's bytes
   * @param args options besides --input and --out
   * @param error the expected error line (exit 2), or null when the run must succeed
   * @param skipped for a run that succeeds: the expected skip counts by kind ({@code bad_date} papers are kept), and
   *     "empty" for papers with no words
   */
  record Case(String name, String file, byte[] content, List<String> args, String error, Map<String, Long> skipped) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Eight good papers over four unrelated subjects: enough for a two-topic model. */
  static List<String> goodLines() {
    List<String> lines = new ArrayList<>();
    List<String> texts = TextFixtures.plantedTexts(2, 10);
    for (int i = 0; i < texts.size(); i++) {
      lines.add(json(String.format(java.util.Locale.ROOT, "2401.%05d", i + 1), "Paper " + i, texts.get(i)));
    }
    return lines;
  }

  static String json(String id, String title, String text) {
    try {
      return JSON.writeValueAsString(Map.of("id", id, "title", title, "abstract", text));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] goodPlus(String... extra) {
    List<String> lines = new ArrayList<>(goodLines());
    lines.addAll(List.of(extra));
    return utf8(String.join("\n", lines) + "\n");
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** A gzip member with a byte of its compressed data flipped: the CRC check fails. */
  static byte[] damaged(byte[] gzip) {
    byte[] copy = gzip.clone();
    copy[copy.length / 2] ^= 0x5A;
    return copy;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  static Case fails(String name, String file, byte[] content, String error, String... args) {
    return new Case(name, file, content, List.of(args), error, null);
  }

  static Case skips(String name, String file, byte[] content, Map<String, Long> skipped, String... args) {
    return new Case(name, file, content, List.of(args), null, skipped);
  }

  /** The good papers as CSV (or TSV) rows with a header, plus {@code extra} rows. */
  static String delimited(char sep, String... extra) {
    List<String> rows = new ArrayList<>(List.of("id" + sep + "title" + sep + "abstract"));
    for (String line : goodLines()) {
      try {
        JsonNode n = JSON.readTree(line);
        rows.add(n.get("id").asText() + sep + n.get("title").asText() + sep + n.get("abstract").asText());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    rows.addAll(List.of(extra));
    return String.join("\n", rows) + "\n";
  }

  /** The good papers as CSV with an empty column "Abstract" before the real "abstract". */
  static String emptyAbstractColumn() {
    return delimited(',').replace("id,title,abstract", "id,title,Abstract,abstract")
        .replaceAll("(?m)^(2401\\.\\d+,[^,]*),", "$1,,");
  }

  /** The good papers as a dataset-viewer export: a header block, then an id line and an abstract line per paper. */
  static String viewer(String... extraLines) {
    List<String> lines = new ArrayList<>(List.of("arxiv_id", "stringlengths", "9", "12", "abstract",
        "stringlengths", "40", "2k"));
    for (String line : goodLines()) {
      try {
        JsonNode n = JSON.readTree(line);
        lines.add(n.get("id").asText());
        lines.add(n.get("abstract").asText());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    lines.addAll(List.of(extraLines));
    return String.join("\n", lines) + "\n";
  }

  /** The same faults in the other readers: CSV, TSV and the dataset-viewer export. */
  static Stream<Case> otherReaders() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    return Stream.of(
        skips("csv: duplicate id, empty abstract, short row", "c.csv",
            utf8(delimited(',', "2401.00001,again,rocket orbit", "2401.20,empty,", "2401.21,short")),
            Map.of("duplicate_id", 1L, "missing_abstract", 1L, "malformed", 1L)),
        fails("csv: invalid UTF-8", "c.csv", concat(utf8(delimited(',')), new byte[] {'x', ',', (byte) 0xFF, '\n'}),
            "FILE:10: invalid UTF-8 (the corpus must be UTF-8 text)"),
        fails("csv: unclosed quote", "c.csv", utf8(delimited(',', "2401.22,\"open,quote text")),
            "FILE:10: unreadable CSV: EOF reached before encapsulated token finished"),
        // JSON allows a lone surrogate escape; it becomes U+FFFD at read time instead of failing the CSV writer
        skips("jsonl: lone surrogate escapes", "c.jsonl", goodPlus("{\"id\": \"2401.09999\\ud800\", "
            + "\"title\": \"Broken \\udc00 title\", \"abstract\": \"violin piano \\ud800 cello sonata\"}"),
            Map.of()),
        skips("tsv with BOM and CRLF", "c.tsv", concat(bom, utf8(delimited('\t').replace("\n", "\r\n"))), Map.of()),
        skips("tsv: duplicate id", "c.tsv", utf8(delimited('\t', "2401.00002\tagain\tviolin piano")),
            Map.of("duplicate_id", 1L)),
        fails("tsv: header only", "c.tsv", utf8("id\ttitle\tabstract\n"),
            "FILE: no usable papers (0 records, 0 skipped, 0 with no words left after preprocessing)"),
        skips("viewer export with BOM and CRLF", "c.txt", concat(bom, utf8(viewer().replace("\n", "\r\n"))),
            Map.of()),
        skips("viewer export: duplicate id", "c.txt", utf8(viewer("2401.00003", "melody chord rhythm")),
            Map.of("duplicate_id", 1L)),
        fails("viewer export: header only", "c.txt", utf8(viewer().lines().limit(8)
            .reduce("", (a, b) -> a + b + "\n")), "FILE: has a header but no records"),
        fails("csv: two columns that differ only in case", "c.csv", utf8(emptyAbstractColumn()),
            "FILE:1: columns \"Abstract\" and \"abstract\" both match abstract; choose one by its exact name with "
                + "--text-column"),
        skips("csv: two such columns, one chosen by its exact name", "c.csv", utf8(emptyAbstractColumn()), Map.of(),
            "--text-column", "abstract"),
        skips("tsv: unquoted titles that start with a quote", "c.tsv", utf8(delimited('\t',
            "2401.30\t\"What's my model inside of?\": environments\tviolin piano melody chord",
            "2401.31\t\"Unclosed quote in a title\trocket orbit launch satellite")), Map.of()),
        skips("tsv: quoted as pandas writes it, an abstract over two lines", "c.tsv", utf8(delimited('\t',
            "2401.32\t\"\"\"Quoted\"\" title\"\t\"violin piano\nmelody chord\"")), Map.of()),
        skips("viewer export after blank lines", "c.txt", utf8("\n   \n".repeat(40_000) + viewer()), Map.of()),
        fails("viewer export: invalid UTF-8", "c.txt", concat(utf8(viewer()), new byte[] {'2', '4', (byte) 0xC0, '\n'}),
            "FILE:25: invalid UTF-8 (the corpus must be UTF-8 text)"));
  }

  static Stream<Case> cases() {
    String csvGood = "id,title,abstract\n" + String.join("\n", goodLines().stream().map(l -> {
      try {
        JsonNode n = JSON.readTree(l);
        return n.get("id").asText() + "," + n.get("title").asText() + "," + n.get("abstract").asText();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).toList()) + "\n";
    String bigWords = "rocket orbit launch satellite telescope galaxy ".repeat(10 * 1024 * 1024 / 46);
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    byte[] gz = gzip(goodPlus());
    return Stream.of(
        fails("empty jsonl", "c.jsonl", new byte[0], "FILE: is empty"),
        fails("empty csv", "c.csv", new byte[0], "FILE: is empty"),
        fails("empty viewer export", "c.txt", new byte[0], "FILE: is empty"),
        fails("blank lines only", "c.jsonl", utf8("\n\n  \n"), "FILE: holds only blank lines"),
        fails("csv header only", "c.csv", utf8("id,title,abstract\n"),
            "FILE: no usable papers (0 records, 0 skipped, 0 with no words left after preprocessing)"),
        fails("csv without a text column", "c.csv", utf8("id,name\n1,x\n"),
            "FILE:1: no column named abstract, text, summary or body (columns: id, name); choose one with --text-column"),
        fails("binary file", "c.jsonl", binary,
            "FILE: is not a text file (binary content; expected UTF-8 text or .gz)"),
        fails("corrupt gzip", "c.jsonl.gz", concat(new byte[] {0x1f, (byte) 0x8b}, binary),
            "FILE: corrupt or truncated gzip data"),
        fails("truncated gzip", "c.jsonl.gz", java.util.Arrays.copyOf(gz, gz.length - 30),
            "FILE: corrupt or truncated gzip data"),
        fails("a damaged second gzip member", "c.jsonl.gz", concat(gz, damaged(gzip(goodPlus()))),
            "FILE: corrupt or truncated gzip data"),
        fails("garbage after the gzip data", "c.jsonl.gz", concat(gz, utf8("not gzip")),
            "FILE: corrupt or truncated gzip data"),
        skips("two whole gzip members", "c.jsonl.gz", concat(gzip(utf8(String.join("\n", goodLines().subList(0, 4))
            + "\n")), gzip(utf8(String.join("\n", goodLines().subList(4, 8)) + "\n"))), Map.of()),
        fails("invalid UTF-8", "c.jsonl", concat(goodPlus(), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'}),
            "FILE:9: invalid UTF-8 (the corpus must be UTF-8 text)"),
        fails("a single paper", "c.jsonl", utf8(goodLines().get(0) + "\n"),
            "FILE: 1 usable papers is fewer than the 2 topics asked for; lower --topics"),
        fails("fewer papers than topics", "c.jsonl", goodPlus(),
            "FILE: 8 usable papers is fewer than the 20 topics asked for; lower --topics", "--topics", "20"),
        fails("only stopwords and symbols", "c.jsonl",
            utf8(json("2401.1", "", "the of and we this") + "\n" + json("2401.2", "", "$$ %% ** 123 -- ##") + "\n"),
            "FILE: no usable papers (2 records, 0 skipped, 2 with no words left after preprocessing)"),
        fails("fail policy stops at the first bad record", "c.jsonl", goodPlus("{\"id\": \"2401.9\", \"abst"),
            "FILE:9: invalid JSON: Unexpected end-of-input in field name", "--on-bad-record", "fail"),
        skips("truncated JSON line", "c.jsonl", goodPlus("{\"id\": \"2401.9\", \"abst"), Map.of("malformed", 1L)),
        skips("wrong JSON types", "c.jsonl", goodPlus("{\"id\": [1, 2], \"abstract\": \"x y\"}",
            "{\"id\": \"2401.10\", \"abstract\": {\"text\": 5}}", "[1, 2, 3]", "\"just a string\""),
            Map.of("malformed", 4L)),
        skips("missing and empty abstracts", "c.jsonl", goodPlus("{\"id\": \"2401.11\", \"title\": \"t\"}",
            json("2401.12", "t", "   ")), Map.of("missing_abstract", 2L)),
        skips("missing ids", "c.jsonl", goodPlus("{\"abstract\": \"rocket orbit\"}", json("", "t", "rocket")),
            Map.of("missing_id", 2L)),
        skips("duplicate ids", "c.jsonl", goodPlus(goodLines().get(0), goodLines().get(1)),
            Map.of("duplicate_id", 2L)),
        skips("byte-order mark", "c.jsonl", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, goodPlus()),
            Map.of()),
        skips("a byte-order mark on every line (files joined with cat)", "c.jsonl", utf8(goodLines().stream()
            .map(l -> "\uFEFF" + l + "\n").reduce("", String::concat)), Map.of()),
        skips("more than 64 KiB of blank lines first", "c.jsonl", concat(utf8("  \n\n\t\n".repeat(30_000)),
            goodPlus()), Map.of()),
        fails("more blank lines first than a record may hold", "c.jsonl", concat(utf8("\n".repeat(300_000)),
            goodPlus()), "FILE: begins with more than 256 KiB of blank lines; raise --max-record-size to read it",
            "--max-record-size", "256k"),
        skips("duplicate keys: a field we read given twice", "c.jsonl", goodPlus(
            "{\"id\": \"2401.40\", \"abstract\": \"violin piano\", \"abstract\": \"rocket orbit\"}",
            "{\"id\": \"2401.41\", \"Abstract\": \"violin piano\", \"abstract\": \"rocket orbit\"}",
            "{\"id\": \"2401.42\", \"abstract\": \"violin piano\", \"authors\": \"a\", \"authors\": \"b\"}"),
            Map.of("malformed", 2L)),
        skips("--date-column naming a number, an array and an object", "c.jsonl", goodPlus(
            "{\"id\": \"2401.50\", \"abstract\": \"violin piano\", \"when\": 2024}",
            "{\"id\": \"2401.51\", \"abstract\": \"rocket orbit\", \"when\": [2024, 1]}",
            "{\"id\": \"2401.52\", \"abstract\": \"melody chord\", \"when\": {\"y\": 2024}}",
            "{\"id\": \"2401.53\", \"abstract\": \"galaxy telescope\", \"when\": true}"),
            Map.of("bad_date", 4L), "--date-column", "when"), // kept, dated from their ids (a bare year is no month)
        skips("--sweep-sample beyond the corpus: the sweep takes every paper", "c.jsonl", goodPlus(), Map.of(),
            "--topics", "auto", "--sweep-sample", "50000"),
        skips("CRLF line ends", "c.jsonl", utf8(new String(goodPlus(), StandardCharsets.UTF_8).replace("\n", "\r\n")),
            Map.of()),
        skips("CSV with a BOM and CRLF", "c.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            utf8(csvGood.replace("\n", "\r\n"))), Map.of()),
        skips("a 10 MB single line", "c.jsonl", goodPlus(json("2401.13", "Huge", bigWords)), Map.of()),
        skips("only stopwords or symbols among good papers", "c.jsonl",
            goodPlus(json("2401.14", "", "the of and we this that"), json("2401.15", "", "$$ %% ** 123 -- ##")),
            Map.of("empty", 2L)),
        skips("non-English text", "c.jsonl", goodPlus(json("2401.16", "中文", "大型语言模型的对齐研究 对齐 模型"),
            json("2401.17", "Русский", "Большие языковые модели и выравнивание моделей")), Map.of()),
        skips("ids that look like paths", "c.jsonl", goodPlus(json("../../x", "t", "rocket orbit launch"),
            json("/etc/passwd", "t", "violin piano melody")), Map.of()),
        skips("gzip of good papers", "c.jsonl.gz", gz, Map.of()),
        fails("negative topics", "c.jsonl", goodPlus(),
            "Invalid value for option '--topics': must be 0 (scale with the corpus) or at least 2, found -3", "--topics", "-3"),
        fails("one topic", "c.jsonl", goodPlus(), "Invalid value for option '--topics': must be 0 (scale with the corpus) or at least 2, found 1",
            "--topics", "1"),
        fails("zero iterations", "c.jsonl", goodPlus(), "--iterations must be at least 1, found 0", "--iterations",
            "0"),
        fails("negative iterations", "c.jsonl", goodPlus(), "--iterations must be at least 1, found -5",
            "--iterations", "-5"),
        fails("zero threads", "c.jsonl", goodPlus(), "--threads must be between 1 and 256, found 0", "--threads", "0"),
        fails("a topics value that is no number", "c.jsonl", goodPlus(),
            "Invalid value for option '--topics': expects a number, 'auto' or FROM:TO[:STEP], found many", "--topics", "many"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"cases", "otherReaders"})
  void hostileInput(Case c) throws IOException {
    Path input = tmp.resolve(c.file());
    Files.write(input, c.content());
    Path out = tmp.resolve("reports");
    List<String> args = new ArrayList<>(List.of("run", "-q", "--input", input.toString(), "--out", out.toString(),
        "--themes", "none"));
    args.addAll(c.args());
    // Small and fast unless the case sets these itself (picocli refuses an option given twice).
    for (String[] option : new String[][] {{"--iterations", "20"}, {"--topics", "2"}}) {
      if (!c.args().contains(option[0])) {
        args.addAll(List.of(option));
      }
    }
    CliRunner cli = new CliRunner();
    int code = cli.execute(args.toArray(String[]::new));
    String err = cli.err.toString().strip();
    if (c.error() != null) {
      assertEquals(ExitCodes.USAGE, code, err);
      String first = err.lines().findFirst().orElse("");
      assertEquals("landscape: " + c.error().replace("FILE", input.toString()), first);
      assertFalse(err.contains("\tat "), "no stack trace");
      assertFalse(Files.exists(out), "nothing written");
      try (var entries = Files.list(tmp)) {
        assertEquals(List.of(c.file()), entries.map(p -> p.getFileName().toString()).toList(), "no temporary files");
      }
      return;
    }
    assertEquals(ExitCodes.OK, code, err);
    JsonNode counts = JSON.readTree(out.resolve("run.json").toFile()).get("counts");
    for (String kind : List.of("malformed", "missing_id", "missing_abstract", "duplicate_id", "bad_date")) {
      JsonNode count = counts.get("skipped").get(kind);
      assertEquals(c.skipped().getOrDefault(kind, 0L), count == null ? 0 : count.asLong(), kind);
    }
    assertEquals(c.skipped().getOrDefault("empty", 0L), counts.get("empty_after_preprocessing").asLong());
    try (var entries = Files.list(tmp)) {
      assertEquals(List.of(c.file(), "reports"), entries.map(p -> p.getFileName().toString()).sorted().toList(),
          "ids never become paths; no temporary files left");
    }
    assertTrue(Files.exists(out.resolve("report.html")));
  }

  /** A named pipe (as a process substitution gives): refused at once, before it is opened; it can be read once. */
  @org.junit.jupiter.api.Test
  void aPipeAsInput() throws Exception {
    Path fifo = tmp.resolve("corpus.jsonl");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
    CliRunner cli = new CliRunner();
    Path out = tmp.resolve("reports");
    int code = cli.execute("run", "-q", "--input", fifo.toString(), "--out", out.toString());
    assertEquals(ExitCodes.USAGE, code);
    assertEquals("landscape: " + fifo + ": is a pipe or device, not a file; the input is read more than once, so save "
        + "it to a file first (a .gz file can be given as it is)", cli.err.toString().strip());
    assertFalse(Files.exists(out));
  }

  /** Options that point at the wrong place, and broken themes files: one line naming the option or file, exit 2. */
  @org.junit.jupiter.api.Test
  void badPlacesAndThemesFiles() throws IOException {
    Path input = tmp.resolve("c.jsonl");
    Files.write(input, goodPlus());
    Path notAFolder = tmp.resolve("notes.txt");
    Files.writeString(notAFolder, "my notes");
    Path yamlError = tmp.resolve("broken.yaml");
    Files.writeString(yamlError, "themes:\n  - name: PEFT\n    seeds: [lora, adapters\n");
    Path twoDocuments = tmp.resolve("two.yaml");
    Files.writeString(twoDocuments, "themes:\n  - name: PEFT\n    seeds: [lora]\n---\nthemes:\n  - name: RAG\n"
        + "    seeds: [retrieval]\n");
    Path twiceKey = tmp.resolve("twice.yaml");
    Files.writeString(twiceKey, "themes:\n  - name: PEFT\n    seeds: [lora]\n    seeds: [adapters]\n");
    Path latin1Stopwords = tmp.resolve("stop.txt");
    Files.write(latin1Stopwords, new byte[] {'w', 'e', '\n', 'd', (byte) 0xE9, 'j', (byte) 0xE0, '\n'});
    Path unknownKey = tmp.resolve("unknown.yaml");
    Files.writeString(unknownKey, "themes:\n  - name: PEFT\n    seeds: [lora]\n    colour: red\n");
    Map<List<String>, String> expected = new java.util.LinkedHashMap<>();
    expected.put(List.of("--out", notAFolder.toString()), "--out " + notAFolder + ": is a file, not a folder");
    expected.put(List.of("--out", input.toString()), "--out must not be the input file");
    expected.put(List.of("--out", notAFolder.resolve("reports").toString()),
        "--out " + notAFolder.resolve("reports") + ": cannot be written (" + notAFolder + " is a file, not a folder)");
    expected.put(List.of("--out", tmp.toString()),
        "--out " + tmp + ": folder is not empty and holds no landscape report (run.json); choose a new or empty folder");
    expected.put(List.of("--themes", yamlError.toString()), null);
    expected.put(List.of("--themes", unknownKey.toString()), null);
    expected.put(List.of("--themes", twoDocuments.toString()), null);
    expected.put(List.of("--themes", twiceKey.toString()), null);
    expected.put(List.of("--stopwords", latin1Stopwords.toString()),
        "--stopwords " + latin1Stopwords + ":2: invalid UTF-8 (the file must be UTF-8 text)");
    expected.put(List.of("--alpha", "1e-320"),
        "--alpha must be a number from 0.000001 to 1000000, found 1.0E-320");
    // Priors so large that beta times the vocabulary overflows gave NaN in topics.csv (issue 36).
    expected.put(List.of("--beta", "1e308"), "--beta must be a positive number of at most 1000000, found 1.0E308");
    expected.put(List.of("--alpha", "1e308"), "--alpha must be a number from 0.000001 to 1000000, found 1.0E308");
    for (Map.Entry<List<String>, String> e : expected.entrySet()) {
      List<String> args = new ArrayList<>(List.of("run", "-q", "--input", input.toString(), "--iterations", "20",
          "--topics", "2"));
      if (!e.getKey().contains("--out")) {
        args.addAll(List.of("--out", tmp.resolve("reports").toString()));
      }
      args.addAll(e.getKey());
      CliRunner cli = new CliRunner();
      assertEquals(ExitCodes.USAGE, cli.execute(args.toArray(String[]::new)), cli.err.toString());
      // One line; a bad option value adds a second, the pointer to --help.
      List<String> lines = cli.err.toString().strip().lines().toList();
      String line = lines.get(0);
      assertTrue(lines.size() == 1 || lines.get(1).startsWith("Try 'landscape run --help'"), lines.toString());
      if (e.getValue() != null) {
        assertEquals("landscape: " + e.getValue(), line);
      } else {
        String file = e.getKey().get(1);
        assertTrue(line.matches("landscape: " + java.util.regex.Pattern.quote(file) + ":\\d+: .+"), line);
      }
      assertFalse(Files.exists(tmp.resolve("reports")), "nothing written");
    }
    assertEquals("my notes", Files.readString(notAFolder), "a file named as --out is never touched");
  }
}
