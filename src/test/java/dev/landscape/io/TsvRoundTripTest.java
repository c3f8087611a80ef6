package dev.landscape.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link TsvWriter} writes, {@link TsvRows} reads back exactly; plain fields stay plain. */
class TsvRoundTripTest {
  @TempDir Path tmp;

  @Test
  void anyTextSurvivesAndPlainRowsStayPlain() throws IOException {
    Path file = tmp.resolve("t.tsv");
    String[][] rows = {
      {"0", "plain text", "1.5"},
      {"1", "a\ttab", ""},
      {"2", "\"quoted\" and \"\"doubled\"\"", "x"},
      {"3", "two\nlines\r\nand more", "#hash"},
      {"4", " leading space", "é ü 中文"},
    };
    try (TsvWriter out = TsvWriter.create(file, List.of("n", "text", "more"))) {
      for (String[] row : rows) {
        out.row((Object[]) row);
      }
    }
    List<String[]> read = new ArrayList<>();
    TsvRows.read(file, 3, (row, at) -> read.add(row));
    assertEquals(rows.length, read.size());
    for (int i = 0; i < rows.length; i++) {
      assertArrayEquals(rows[i], read.get(i));
    }
    List<String> lines = Files.readAllLines(file);
    assertEquals("n\ttext\tmore", lines.get(0));
    assertEquals("0\tplain text\t1.5", lines.get(1));
  }

  @Test
  void aBrokenQuoteIsOneLineNamingTheFile() throws IOException {
    Path file = tmp.resolve("bad.tsv");
    Files.writeString(file, "a\tb\n1\tok\n2\t\"open\"junk\n");
    InputException e = assertThrows(InputException.class, () -> TsvRows.read(file, 2, (row, at) -> { }));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }
}
