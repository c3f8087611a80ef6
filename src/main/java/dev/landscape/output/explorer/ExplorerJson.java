package dev.landscape.output.explorer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** {@link ExplorerData} as JSON that is safe inside an HTML {@code <script>} element. */
public final class ExplorerJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExplorerJson() {}

  /**
   * The data as JSON with {@code <}, {@code >} and {@code &} written as {@code \}{@code u003c} and so on: those
   * characters only occur inside JSON strings, where the escape means the same, and without them no title can
   * close the script element ({@code </script>}) or open a comment.
   */
  public static String of(ExplorerData data) {
    try {
      return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
          .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the explorer's data: " + e.getMessage(), e);
    }
  }
}
