package dev.landscape.io;

import dev.landscape.io.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the small files a user hands us besides the corpus (themes, stopwords, keep-words, coherence topics, a
 * model's lists), strictly decoded as UTF-8 and bounded in size: {@code /dev/zero} given as a stopwords file is
 * refused in one line rather than read until memory runs out. Every fault is an {@link InputException} naming the
 * file and, where there is one, the line.
 */
public final class SmallFiles {
  /** Largest small file read whole: far above any themes file or word list. */
  public static final int MAX_BYTES = 64 << 20;
  /** Longest line of a word list. */
  public static final int MAX_LINE = 1 << 20;

  /** What invalid UTF-8 is decoded as: U+FFFF, a noncharacter that no text file has reason to hold. */
  private static final char INVALID = '\uFFFF';

  private SmallFiles() {}

  /** Receives one line and its number (1-based). */
  @FunctionalInterface
  public interface LineHandler {
    void line(String line, long number);
  }

  /** The bytes of {@code file}, at most {@code max} of them. */
  public static byte[] bytes(Path file, int max) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(max + 1);
      if (bytes.length > max) {
        throw InputException.at(file.toString(), 0, "is larger than " + BoundedReader.describe(max)
            .replace("characters", "bytes") + ", too large for this kind of file");
      }
      return bytes;
    } catch (IOException e) {
      throw failure(file, 0, e);
    }
  }

  /**
   * Hands each line of {@code file} to {@code handler} (a leading byte-order mark dropped), refusing lines longer
   * than {@code maxLine} characters and files longer than {@code maxChars}.
   */
  public static void lines(Path file, long maxLine, long maxChars, LineHandler handler) {
    // Bad bytes are decoded as a mark and refused by line: a strict decoder fails while filling its buffer, lines
    // ahead of them, and the error would name the wrong line.
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(String.valueOf(INVALID));
    long number = 0;
    long total = 0;
    try (BufferedReader reader = new BufferedReader(new BoundedReader(
        new InputStreamReader(Files.newInputStream(file), decoder), maxLine, true))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        total += line.length() + 1;
        if (total > maxChars) {
          throw InputException.at(file.toString(), number, "the file is longer than "
              + BoundedReader.describe(maxChars) + ", too long for this kind of file");
        }
        if (line.indexOf(INVALID) >= 0) {
          throw failure(file, number, new java.nio.charset.MalformedInputException(1));
        }
        handler.line(number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line, number);
      }
    } catch (IOException e) {
      throw failure(file, number + 1, e);
    }
  }

  /** The one-line error for a failed read at {@code line} (0 when no line applies). */
  public static InputException failure(Path file, long line, IOException e) {
    String name = file.toString();
    if (e instanceof NoSuchFileException) {
      return InputException.at(name, 0, "no such file");
    }
    if (e instanceof AccessDeniedException) {
      return InputException.at(name, 0, "permission denied");
    }
    if (e instanceof CharacterCodingException) {
      return InputException.at(name, line, "invalid UTF-8 (the file must be UTF-8 text)");
    }
    if (e instanceof BoundedReader.RecordTooLongException tooLong) {
      return InputException.at(name, line, "a line longer than " + BoundedReader.describe(tooLong.limit()));
    }
    if (Files.isDirectory(Path.of(name))) {
      return InputException.at(name, 0, "is a directory, not a file");
    }
    return InputException.at(name, line, "cannot be read: " + e.getMessage());
  }
}
