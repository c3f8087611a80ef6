package dev.landscape.corpus;

import dev.landscape.io.InputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks a corpus format from the file name and checks it against the first bytes of the content, so that a
 * mislabelled file gets a clear message instead of a thousand malformed records.
 */
final class FormatDetector {
  /** Column types the dataset viewer prints under each column name. */
  static final Pattern VIEWER_DTYPE = Pattern.compile(
      "^(?:large_)?string(?:lengths|classes)?$|^u?int\\d+$|^float\\d+$|^bool$|^timestamp.*|^date\\d*$"
          + "|^list$|^sequence$|^dict$|^null$");

  private FormatDetector() {}

  /**
   * The format of a file named {@code fileName} whose content begins with {@code head}.
   *
   * @param requested the user's {@code --format}; anything but AUTO is trusted, but binary content still fails
   */
  static CorpusFormat detect(String fileName, byte[] head, CorpusFormat requested) {
    if (head.length == 0) {
      throw InputException.at(fileName, 0, "is empty");
    }
    if (looksBinary(head)) {
      throw InputException.at(fileName, 0, "is not a text file (binary content; expected UTF-8 text or .gz)");
    }
    if (requested != CorpusFormat.AUTO) {
      return requested;
    }
    List<String> lines = firstLines(head);
    if (lines.isEmpty()) {
      throw InputException.at(fileName, 0, "holds only blank lines");
    }
    CorpusFormat byName = byExtension(fileName);
    CorpusFormat byContent = byContent(lines);
    if (byName == null && byContent == null) {
      throw InputException.at(fileName, 0,
          "unknown corpus format (expected .jsonl, .csv, .tsv or a dataset-viewer .txt); use --format");
    }
    if (byName != null && byContent != null && byName != byContent) {
      throw InputException.at(fileName, 1, "the name says " + byName.key() + " but the content looks like "
          + byContent.key() + "; use --format to choose");
    }
    return byName != null ? byName : byContent;
  }

  private static CorpusFormat byExtension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return CorpusFormat.JSONL;
    }
    if (name.endsWith(".csv")) {
      return CorpusFormat.CSV;
    }
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return CorpusFormat.TSV;
    }
    return null; // .txt and others: decided by content
  }

  /** The format the first lines look like, or null when they fit none clearly. */
  private static CorpusFormat byContent(List<String> lines) {
    String first = lines.get(0).strip();
    if (first.startsWith("{")) {
      return CorpusFormat.JSONL;
    }
    if (lines.size() > 1 && VIEWER_DTYPE.matcher(lines.get(1).strip()).matches()) {
      return CorpusFormat.VIEWER;
    }
    if (first.indexOf('\t') >= 0) {
      return CorpusFormat.TSV;
    }
    if (first.indexOf(',') >= 0) {
      return CorpusFormat.CSV;
    }
    return null;
  }

  private static List<String> firstLines(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.lines().filter(l -> !l.isBlank()).limit(3).toList();
  }

  /** NUL bytes, or many control characters, mean this is not text. */
  private static boolean looksBinary(byte[] head) {
    int control = 0;
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
      if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control > head.length / 20;
  }
}
