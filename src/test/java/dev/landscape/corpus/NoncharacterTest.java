package dev.landscape.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.io.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 36: U+FFFF is valid UTF-8 (EF BF BF) and was refused as "invalid UTF-8", the whole corpus with it; it and
 * U+FFFE, illegal in XML, are kept as U+FFFD. Real invalid UTF-8 is still refused, naming its line.
 */
class NoncharacterTest {
  @TempDir Path tmp;

  @Test
  void noncharactersAreReadAndInvalidBytesAreNot() throws IOException {
    Path file = tmp.resolve("c.jsonl");
    Files.writeString(file, "{\"id\": \"1\", \"abstract\": \"a \\uFFFF b \\uFFFE c \\uD83D\\uDE00\"}\n"
        + "{\"id\": \"2\", \"abstract\": \"plain\"}\n", StandardCharsets.UTF_8);
    try (PaperStream papers = PaperStream.open(file, ReadOptions.defaults())) {
      assertEquals("a \uFFFD b \uFFFD c \uD83D\uDE00", papers.next().abstractText());
      assertEquals("plain", papers.next().abstractText());
    }
    byte[] bad = "{\"id\": \"1\", \"abstract\": \"fine\"}\n{\"id\": \"2\", \"abstract\": \"x\u0000\"}\n"
        .getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 4] = (byte) 0xC3; // a lead byte with no continuation
    Path broken = Files.write(tmp.resolve("bad.jsonl"), bad);
    InputException e = assertThrows(InputException.class, () -> {
      try (PaperStream papers = PaperStream.open(broken, ReadOptions.defaults())) {
        while (papers.next() != null) {
          // read
        }
      }
    });
    assertTrue(e.getMessage().contains("bad.jsonl:2: invalid UTF-8"), e.getMessage());
  }
}
