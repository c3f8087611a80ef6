package dev.landscape.corpus;

import dev.landscape.io.InputException;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Arbitrary input to every reader never throws anything but our documented {@link InputException}: no parser
 * exception, no index out of bounds, no stack trace for the user. Inputs are drawn from the characters that matter
 * to the formats (quotes, braces, separators, line ends, escapes, non-ASCII) so that near-valid records are common,
 * and from raw bytes (invalid UTF-8, binary, broken gzip).
 */
class ReaderPropertiesTest {
  private static final String STRUCTURAL = "{}[]\":,\\\t\r\n ,;.#-_'0123456789abcdefidtxtlsumryé€\u00a0\ufeff";

  @Provide
  Arbitrary<String> nearlyStructured() {
    Arbitrary<String> fragments = Arbitraries.oneOf(
        Arbitraries.strings().withChars(STRUCTURAL).ofMaxLength(40),
        Arbitraries.of("{\"id\": \"2401.00001\", \"abstract\": \"Large language models.\"}\n",
            "{\"id\": 5, \"abstract\": [1]}\n", "id,abstract,title\n", "id\tabstract\n", "2401.00002,\"text, more\"\n",
            "\"unclosed,quote\n", "\"id\": \"x\"", "null", "\ufeff", "\r\n", "versions", "\"created\": \"Mon, 01 Jan 2024\"",
            "column_name\n", "2112.09332\n", "An abstract line.\n"));
    return fragments.list().ofMaxSize(30).map(list -> String.join("", list));
  }

  @Property(tries = 150)
  void textOfAnyShapeInAnyFormat(@ForAll("nearlyStructured") String text, @ForAll CorpusFormat format)
      throws IOException {
    drain(write(text.getBytes(StandardCharsets.UTF_8), ".txt", false), format);
  }

  @Property(tries = 100)
  void rawBytesInAnyFormat(@ForAll @Size(max = 300) byte[] bytes, @ForAll CorpusFormat format) throws IOException {
    drain(write(bytes, ".jsonl", false), format);
  }

  @Property(tries = 60)
  void gzipOfAnythingAndBrokenGzip(@ForAll("nearlyStructured") String text, @ForAll boolean truncate)
      throws IOException {
    Path file = write(text.getBytes(StandardCharsets.UTF_8), ".jsonl.gz", true);
    if (truncate) {
      byte[] bytes = Files.readAllBytes(file);
      Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }
    drain(file, CorpusFormat.AUTO);
  }

  private static Path write(byte[] bytes, String suffix, boolean gzip) throws IOException {
    Path file = Files.createTempFile("landscape-property-", suffix);
    file.toFile().deleteOnExit();
    try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
      out.write(bytes);
    }
    return file;
  }

  /** Reads the file to its end under both policies; only InputException may come out. */
  private static void drain(Path file, CorpusFormat format) throws IOException {
    try {
      for (BadRecordPolicy policy : BadRecordPolicy.values()) {
        try (PaperStream stream = PaperStream.open(file,
            new ReadOptions(format, policy, ReadOptions.Columns.DEFAULT))) {
          while (stream.next() != null) {
            // reading is the test
          }
          stream.stats();
        } catch (InputException expected) {
          if (expected.getMessage() == null || expected.getMessage().isBlank() || expected.getMessage().contains("\n")) {
            fail("an input error must be one line: " + expected.getMessage());
          }
        }
      }
    } catch (RuntimeException e) {
      fail("reading " + format + " threw " + e, e);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
