package dev.landscape.corpus;

import dev.landscape.io.InputException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperStreamTest {
  @TempDir Path tmp;

  static Path fixture(String name) {
    try {
      return Path.of(PaperStreamTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Paper> readAll(Path path, ReadOptions options) throws IOException {
    try (PaperStream stream = PaperStream.open(path, options)) {
      List<Paper> papers = new ArrayList<>();
      for (Paper p = stream.next(); p != null; p = stream.next()) {
        papers.add(p);
      }
      return papers;
    }
  }

  @Test
  void readsTheDatasetViewerExport() throws IOException {
    List<Paper> papers = readAll(fixture("tiny-viewer.txt"), ReadOptions.defaults());
    assertEquals(List.of("2112.09332", "2303.11366", "hep-th/9901001"),
        papers.stream().map(p -> p.info().id()).toList());
    assertEquals("2021-12", papers.get(0).info().dateText());
    assertEquals("1999-01", papers.get(2).info().dateText());
    assertEquals(DatePrecision.MONTH, papers.get(1).info().precision());
    assertTrue(papers.get(1).abstractText().startsWith("Large language models"));
  }

  @Test
  void readsTheDefaultCorpusCompletely() throws IOException {
    try (PaperStream stream = PaperStream.open(Path.of("data/arxiv-ml-abstracts.txt"), ReadOptions.defaults())) {
      int n = 0;
      while (stream.next() != null) {
        n++;
      }
      assertEquals(39, n);
      ReadStats stats = stream.stats();
      assertEquals(CorpusFormat.VIEWER, stats.source().format());
      assertEquals(39, stats.records());
      assertEquals(64, stats.sha256().length());
    }
  }

  @Test
  void jsonFieldsAreFoundByTheirUsualNamesInAnyCase(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path file = dir.resolve("fields.jsonl");
    java.nio.file.Files.writeString(file, String.join("\n",
        "{\"ID\": \"2401.00001\", \"Title\": \"Upper\", \"Abstract\": \"one\"}",
        "{\"arxiv_id\": \"2401.00002\", \"summary\": \"two\"}",
        "{\"paper_id\": \"2401.00003\", \"text\": \"three\"}",
        "{\"arxiv_id\": \"9999.99999\", \"id\": \"2401.00004\", \"body\": \"not this\", \"abstract\": \"four\"}")
        + "\n");
    List<Paper> papers = readAll(file, ReadOptions.defaults());
    assertEquals(List.of("2401.00001", "2401.00002", "2401.00003", "2401.00004"),
        papers.stream().map(p -> p.info().id()).toList());
    assertEquals(List.of("one", "two", "three", "four"), papers.stream().map(Paper::abstractText).toList());
    assertEquals("Upper", papers.get(0).info().title());
  }

  @Test
  void readsArxivJsonLinesWithDatesFromTheFirstVersion() throws IOException {
    List<Paper> papers = readAll(fixture("good.jsonl"), ReadOptions.defaults());
    assertEquals(3, papers.size());
    PaperInfo first = papers.get(0).info();
    assertEquals("From Prompt Engineering to Prompt Science", first.title());
    assertEquals(List.of("cs.HC", "cs.AI"), first.categories());
    assertEquals(LocalDate.of(2024, 1, 1), first.date());
    assertEquals(DatePrecision.DAY, first.precision());
    assertEquals(LocalDate.of(2024, 8, 21), papers.get(1).info().date(), "update_date without versions");
    assertEquals("2024-02", papers.get(2).info().dateText(), "no metadata date: the id's month");
    assertEquals("", papers.get(2).info().title());
  }

  @Test
  void countsEachFaultKindAndKeepsExamples() throws IOException {
    try (PaperStream stream = PaperStream.open(fixture("faults.jsonl"), ReadOptions.defaults())) {
      List<String> ids = new ArrayList<>();
      for (Paper p = stream.next(); p != null; p = stream.next()) {
        ids.add(p.info().id());
      }
      assertEquals(List.of("2401.00001", "2401.00006"), ids);
      ReadStats stats = stream.stats();
      assertEquals(7, stats.records());
      assertEquals(2, stats.accepted());
      assertEquals(2L, stats.faults().get("malformed"));
      assertEquals(1L, stats.faults().get("missing_abstract"));
      assertEquals(1L, stats.faults().get("duplicate_id"));
      assertEquals(1L, stats.faults().get("missing_id"));
      assertEquals(1L, stats.faults().get("bad_date"));
      assertTrue(stats.examples().get("missing_abstract").get(0).endsWith("faults.jsonl:3: missing field \"abstract\""));
      assertTrue(stats.examples().get("duplicate_id").get(0).contains(":4: duplicate id 2401.00001 (first at line 1)"));
      assertTrue(stats.examples().get("malformed").get(1).contains(":5: field \"abstract\" must be a string"));
    }
  }

  @Test
  void failPolicyStopsAtTheFirstFaultWithFileAndLine() {
    ReadOptions fail = new ReadOptions(CorpusFormat.AUTO, BadRecordPolicy.FAIL, ReadOptions.Columns.DEFAULT);
    InputException e = assertThrows(InputException.class, () -> readAll(fixture("faults.jsonl"), fail));
    assertTrue(e.getMessage().matches(".*faults\\.jsonl:2: invalid JSON.*"), e.getMessage());
  }

  @Test
  void readsCsvWithNamedColumnsAndMultiLineFields() throws IOException {
    ReadOptions options = new ReadOptions(CorpusFormat.AUTO, BadRecordPolicy.FAIL,
        new ReadOptions.Columns("paper", "body", "headline", null, "when"));
    List<Paper> papers = readAll(fixture("papers.csv"), options);
    assertEquals(2, papers.size());
    assertEquals("Attention, efficiently", papers.get(0).info().title());
    assertEquals("Linear attention\nreduces cost, by a lot.", papers.get(0).abstractText());
    assertEquals("2023-05-03", papers.get(0).info().dateText());
    assertEquals("2023-05", papers.get(1).info().dateText());
  }

  @Test
  void readsTsvWithByteOrderMarkAndCrlf() throws IOException {
    List<Paper> papers = readAll(fixture("papers.tsv"), ReadOptions.defaults());
    assertEquals(List.of("2305.00001", "2305.00002"), papers.stream().map(p -> p.info().id()).toList());
    assertEquals("Linear attention reduces cost.", papers.get(0).abstractText());
  }

  @Test
  void readsGzipByContentNotName() throws IOException {
    Path gz = tmp.resolve("corpus.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(fixture("good.jsonl")));
    }
    assertEquals(3, readAll(gz, ReadOptions.defaults()).size());
  }

  @Test
  void missingColumnNamesTheOptionToUse() {
    ReadOptions options = new ReadOptions(CorpusFormat.AUTO, BadRecordPolicy.SKIP,
        new ReadOptions.Columns(null, "summary_text", null, null, null));
    InputException e = assertThrows(InputException.class, () -> readAll(fixture("papers.tsv"), options));
    assertTrue(e.getMessage().contains("papers.tsv:1: no column \"summary_text\" (columns: id, title, abstract)"),
        e.getMessage());
  }

  @Test
  void unusableFilesGetOneLineErrors() throws IOException {
    assertError(write("empty.jsonl", new byte[0]), "empty.jsonl: is empty");
    assertError(write("binary.txt", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1}), "binary.txt: is not a text file");
    assertError(write("bad.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}), "bad.gz: corrupt or truncated gzip");
    assertError(tmp.resolve("missing.jsonl"), "missing.jsonl: no such file");
    assertError(write("looks.csv", "{\"id\": \"1\"}\n".getBytes(StandardCharsets.UTF_8)),
        "looks.csv:1: the name says csv but the content looks like jsonl");
    assertError(write("latin1.jsonl", "{\"id\": \"1\", \"abstract\": \"caf\u00e9\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1)), "latin1.jsonl:1: invalid UTF-8");
    assertError(write("header-only.txt", "arxiv_id\nstringlengths\n9\n12\n".getBytes(StandardCharsets.UTF_8)),
        "header-only.txt: has a header but no records");
  }

  private void assertError(Path file, String expectedSuffix) {
    InputException e = assertThrows(InputException.class, () -> readAll(file, ReadOptions.defaults()));
    assertTrue(e.getMessage().endsWith(expectedSuffix) || e.getMessage().contains(expectedSuffix), e.getMessage());
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(tmp.resolve(name), bytes);
  }
}
