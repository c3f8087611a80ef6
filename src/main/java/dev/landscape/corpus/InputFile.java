package dev.landscape.corpus;

import dev.landscape.io.InputException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.EOFException;
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
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import dev.landscape.io.BoundedReader;
import java.util.HexFormat;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import java.util.zip.ZipException;

/**
 * An input file opened once for streaming: transparently gunzipped (detected by its magic bytes, not its name),
 * decoded as strict UTF-8, and checksummed (SHA-256 of the bytes on disk) as it is read.
 */
final class InputFile implements Closeable {
  private static final int SNIFF_BYTES = 64 * 1024;

  private final String name;
  private final MessageDigest digest;
  private final InputStream raw;
  private final BufferedInputStream content;
  private final boolean gzipped;
  private final long maxRecord;
  private BoundedReader bounded;

  private final Counted counter;

  private InputFile(String name, MessageDigest digest, InputStream raw, BufferedInputStream content, boolean gzipped,
      long maxRecord, Counted counter) {
    this.counter = counter;
    this.name = name;
    this.maxRecord = maxRecord;
    this.digest = digest;
    this.raw = raw;
    this.content = content;
    this.gzipped = gzipped;
  }

  /** The bytes of the file read so far (compressed bytes for a gzip file), for progress. */
  long bytesRead() {
    return counter.count;
  }

  /** Counts the bytes read through it; read by the progress thread while the reading thread adds. */
  private static final class Counted extends java.io.FilterInputStream {
    private volatile long count;

    Counted(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }

  /**
   * Opens {@code path}; every failure is an {@link InputException} naming the file.
   *
   * @param maxRecord the longest record read, in characters: a longer one is refused before it is held
   */
  static InputFile open(Path path, long maxRecord) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw InputException.at(name, 0, "is a directory, not a corpus file");
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      // A run reads its input twice (to train, then for the report's abstracts) and checks it did not change; a pipe
      // can be read only once, and a device may never end.
      throw InputException.at(name, 0, "is a pipe or device, not a file; the input is read more than once, so save it "
          + "to a file first (a .gz file can be given as it is)");
    }
    try {
      return open(name, Files.newInputStream(path), maxRecord);
    } catch (NoSuchFileException e) {
      throw InputException.at(name, 0, "no such file");
    } catch (AccessDeniedException e) {
      throw InputException.at(name, 0, "permission denied");
    } catch (IOException e) {
      throw InputException.at(name, 0, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads {@code in} (closed with the file) as the corpus file {@code name}: for a file of another file system,
   * such as HDFS or S3 read by a Spark task.
   */
  static InputFile open(String name, InputStream in, long maxRecord) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      // The digest counts the file's bytes as they are read, compressed or not: how far reading is.
      Counted counter = new Counted(in);
      InputStream raw = new BufferedInputStream(new DigestInputStream(counter, digest), 1 << 16);
      raw.mark(2);
      boolean gzipped = raw.read() == 0x1f && raw.read() == 0x8b;
      raw.reset();
      // Every member of a concatenated .gz is read, and anything after the last one that is not a whole member
      // (a damaged second member, trailing garbage) is an error rather than silently the end of the corpus.
      InputStream decoded = gzipped ? GzipCompressorInputStream.builder().setInputStream(raw)
          .setDecompressConcatenated(true).get() : raw;
      return new InputFile(name, digest, raw, new BufferedInputStream(decoded, 1 << 16), gzipped, maxRecord,
          counter);
    } catch (ZipException | EOFException e) {
      throw InputException.at(name, 0, "corrupt or truncated gzip data");
    } catch (IOException e) {
      if (isGzipFault(e)) {
        throw InputException.at(name, 0, "corrupt or truncated gzip data");
      }
      throw InputException.at(name, 0, "cannot be read: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The file as the user named it. */
  String name() {
    return name;
  }

  boolean gzipped() {
    return gzipped;
  }

  /**
   * Up to 64 KiB of the (decompressed) content from its first line that is not blank, without consuming it: a file
   * may start with any amount of blank lines or spaces, up to the record size limit (so that what is held stays
   * bounded), and its format is still told from its first record.
   */
  byte[] head() {
    long limit = Math.min(maxRecord, Integer.MAX_VALUE - 2L * SNIFF_BYTES);
    try {
      content.mark((int) limit + SNIFF_BYTES);
      long blank = 0; // bytes before the line that holds the first non-blank byte
      while (true) {
        byte[] chunk = content.readNBytes(SNIFF_BYTES);
        int firstText = firstNonBlank(chunk, blank == 0);
        if (blank + Math.max(0, firstText) > limit || (firstText < 0 && blank + chunk.length > limit)) {
          throw InputException.at(name, 0, "begins with more than " + BoundedReader.describe(limit)
              + " of blank lines; raise --max-record-size to read it");
        }
        if (firstText >= 0) {
          int lineStart = firstText;
          while (lineStart > 0 && chunk[lineStart - 1] != '\n') {
            lineStart--;
          }
          blank += lineStart;
          break;
        }
        blank += chunk.length;
        if (chunk.length < SNIFF_BYTES) {
          content.reset();
          return blank == 0 ? new byte[0] : BLANK;
        }
      }
      // Back to the mark, which holds while no more than its limit is read: the head starts at that line.
      content.reset();
      content.skipNBytes(blank);
      byte[] head = content.readNBytes(SNIFF_BYTES);
      content.reset();
      return head;
    } catch (IOException e) {
      throw readError(0, e);
    }
  }

  /** What {@link #head()} returns for a file of blank lines only. */
  private static final byte[] BLANK = {'\n'};

  /** The index of the first byte that is not white space (nor, at the file's start, a byte-order mark); -1 if none. */
  private static int firstNonBlank(byte[] bytes, boolean fileStart) {
    int from = fileStart && bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF ? 3 : 0;
    for (int i = from; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Marks invalid UTF-8 in the text of {@link #markingReader()}: a lone low surrogate, which no UTF-8 text can decode
   * to (a valid supplementary character decodes to a high surrogate and then a low one). U+FFFF was the mark before,
   * and a corpus holding that noncharacter, valid UTF-8, was refused as invalid.
   */
  static final char INVALID = '\uDFFF';

  /** Whether {@code text} holds the mark of invalid UTF-8: {@link #INVALID} not after a high surrogate. */
  static boolean hasInvalid(String text) {
    for (int i = text.indexOf(INVALID); i >= 0; i = text.indexOf(INVALID, i + 1)) {
      if (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The content as text with each invalid UTF-8 sequence decoded as {@link #INVALID}, for readers that go line by
   * line: a strict decoder fails while filling its buffer, lines ahead of the bad bytes, so the error could not
   * name the line that holds them; the mark lets the line reader do that.
   *
   * @param lines whether records are lines; if not (CSV), the record reader calls {@link #recordDone()}
   */
  BufferedReader markingReader(boolean lines) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(String.valueOf(INVALID));
    bounded = new BoundedReader(new InputStreamReader(content, decoder), maxRecord, lines);
    return new BufferedReader(bounded, 1 << 16);
  }

  /** A record of a format whose records span lines ended: the length limit starts again. */
  void recordDone() {
    bounded.recordDone();
  }

  /** Translates a failure while reading at {@code line} into the one-line error users see. */
  InputException readError(long line, IOException e) {
    if (e instanceof BoundedReader.RecordTooLongException tooLong) {
      return InputException.at(name, line, "a record longer than " + BoundedReader.describe(tooLong.limit())
          + "; raise --max-record-size to read it");
    }
    if (e instanceof CharacterCodingException) {
      return InputException.at(name, line, "invalid UTF-8 (the corpus must be UTF-8 text)");
    }
    if (e instanceof ZipException || e instanceof EOFException || (gzipped && isGzipFault(e))) {
      return InputException.at(name, line, "corrupt or truncated gzip data");
    }
    return InputException.at(name, line, "read error: " + e.getMessage());
  }

  /** Commons Compress reports a bad member header or trailing bytes as a plain IOException with these words. */
  private static boolean isGzipFault(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return message.contains("gzip") || message.contains(".gz") || message.contains("garbage")
        || message.contains("crc") || message.contains("corrupt") || message.contains("truncated");
  }

  /** Reads what is left of the file, so that the checksum covers all of it, and returns the SHA-256 in hex. */
  String finishChecksum() {
    try {
      raw.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw readError(0, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public void close() throws IOException {
    content.close();
  }
}
