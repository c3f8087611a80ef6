package dev.landscape.corpus;

import dev.landscape.io.ControlCharacters;
import dev.landscape.io.InputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accepted papers of a corpus file, one at a time, with the record checks applied: ids normalized and
 * de-duplicated, blank abstracts refused, dates taken from the metadata or else from the arXiv id.
 *
 * <p>Faulty records are counted by kind (and their first examples kept) under {@link BadRecordPolicy#SKIP}, or
 * end the read with an {@link InputException} naming the file and line under {@link BadRecordPolicy#FAIL}.
 */
public final class PaperStream implements CorpusSource.Pass {
  private static final Logger log = LoggerFactory.getLogger(PaperStream.class);
  private static final int EXAMPLES_PER_KIND = 3;
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private final InputFile file;
  private final CorpusFormat format;
  private final RecordReader reader;
  private final BadRecordPolicy policy;
  private final long bytes;
  private final Map<String, Long> firstLineOfId = new HashMap<>();
  private final EnumMap<RecordFault, Long> faults = new EnumMap<>(RecordFault.class);
  private final EnumMap<RecordFault, List<String>> examples = new EnumMap<>(RecordFault.class);
  private long records;
  private long accepted;
  private long datedFromId;
  private long undated;
  private String sha256;
  private boolean quiet;

  private PaperStream(InputFile file, CorpusFormat format, RecordReader reader, BadRecordPolicy policy, long bytes) {
    this.file = file;
    this.format = format;
    this.reader = reader;
    this.policy = policy;
    this.bytes = bytes;
  }

  @Override
  public long size() {
    return bytes;
  }

  @Override
  public long bytesRead() {
    return file.bytesRead();
  }

  /** Opens {@code path}, detects (or checks) its format, and reads its header. */
  public static PaperStream open(Path path, ReadOptions options) {
    InputFile file = InputFile.open(path, options.maxRecordChars());
    try {
      return open(file, options, Files.size(path));
    } catch (IOException e) {
      closeQuietly(file);
      throw InputException.at(file.name(), 0, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads the corpus file {@code name} of {@code bytes} bytes from {@code in}, closed with the stream: a file of
   * another file system, such as HDFS or S3 read by a Spark task, with every rule of {@link #open(Path,
   * ReadOptions)}.
   */
  public static PaperStream open(String name, java.io.InputStream in, long bytes, ReadOptions options) {
    return open(InputFile.open(name, in, options.maxRecordChars()), options, bytes);
  }

  private static PaperStream open(InputFile file, ReadOptions options, long bytes) {
    try {
      byte[] head = file.head();
      CorpusFormat format = FormatDetector.detect(file.name(), head, options.format());
      RecordReader reader = switch (format) {
        case VIEWER -> new ViewerReader(new LineSource(file), options.columns());
        case JSONL -> options.parseThreads() > 1
            ? new ParallelJsonRecords(new JsonLinesReader(new LineSource(file), options.columns()),
                options.parseThreads())
            : new JsonLinesReader(new LineSource(file), options.columns());
        case CSV -> new DelimitedReader(file, ',', true, options.columns());
        case TSV -> new DelimitedReader(file, '\t', DelimitedReader.usesQuoting(head), options.columns());
        case AUTO -> throw new IllegalStateException("detect never returns AUTO");
      };
      return new PaperStream(file, format, reader, options.policy(), bytes);
    } catch (RuntimeException e) {
      closeQuietly(file);
      throw e;
    }
  }

  /** The format the file is read as. */
  public CorpusFormat format() {
    return format;
  }

  /** The next accepted paper, or {@code null} when the file is exhausted. */
  @Override
  public Paper next() {
    while (true) {
      RawRecord raw;
      try {
        raw = reader.next();
      } catch (RecordFaultException e) {
        records++;
        fault(e.fault(), e.line(), e.getMessage());
        continue;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (raw == null) {
        if (sha256 == null) {
          sha256 = file.finishChecksum();
        }
        return null;
      }
      records++;
      Paper paper = check(raw);
      if (paper != null) {
        accepted++;
        return paper;
      }
    }
  }

  private Paper check(RawRecord raw) {
    if (raw.id() == null || raw.id().isBlank()) {
      fault(RecordFault.MISSING_ID, raw.line(), "missing id");
      return null;
    }
    if (raw.abstractText() == null || raw.abstractText().isBlank()) {
      fault(RecordFault.MISSING_ABSTRACT, raw.line(), "empty abstract");
      return null;
    }
    String id = ArxivIds.normalize(raw.id());
    Long firstLine = firstLineOfId.putIfAbsent(id, raw.line());
    if (firstLine != null) {
      fault(RecordFault.DUPLICATE_ID, raw.line(), "duplicate id " + id + " (first at line " + firstLine + ")");
      return null;
    }
    DateParser.Parsed date = date(raw, id);
    PaperInfo info = new PaperInfo(id, collapseSpaces(raw.title()), categories(raw.categories()),
        date == null ? null : date.date(), date == null ? DatePrecision.NONE : date.precision());
    return new Paper(info, raw.abstractText());
  }

  private DateParser.Parsed date(RawRecord raw, String id) {
    if (raw.dateText() != null && !raw.dateText().isBlank()) {
      Optional<DateParser.Parsed> parsed = DateParser.parse(raw.dateText());
      if (parsed.isPresent()) {
        return parsed.get();
      }
      fault(RecordFault.BAD_DATE, raw.line(), "unparsable date \"" + raw.dateText().strip() + "\"");
    }
    Optional<LocalDate> month = ArxivIds.monthOf(id);
    if (month.isPresent()) {
      datedFromId++;
      return new DateParser.Parsed(month.get(), DatePrecision.MONTH);
    }
    undated++;
    return null;
  }

  private void fault(RecordFault kind, long line, String message) {
    String where = file.name() + ":" + line + ": " + message;
    if (policy == BadRecordPolicy.FAIL) {
      throw new InputException(where);
    }
    faults.merge(kind, 1L, Long::sum);
    List<String> kept = examples.computeIfAbsent(kind, k -> new ArrayList<>());
    if (kept.size() < EXAMPLES_PER_KIND) {
      kept.add(where);
      if (!quiet) {
        log.warn("{} ({})", ControlCharacters.visible(where), kind.dropsRecord() ? "skipped" : "kept");
      }
    }
  }

  /**
   * The SHA-256 of the whole file: what was read so far and, unparsed, the rest of it. For a pass that stops early.
   */
  @Override
  public String checksum() {
    if (sha256 == null) {
      sha256 = file.finishChecksum();
    }
    return sha256;
  }

  /** Stops warning about faulty records: for a second pass over a file whose faults were reported already. */
  PaperStream quiet() {
    quiet = true;
    return this;
  }

  /** What was read so far; complete once {@link #next()} has returned {@code null}. */
  @Override
  public ReadStats stats() {
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, List<String>> shown = new LinkedHashMap<>();
    for (RecordFault kind : RecordFault.values()) {
      counts.put(kind.key(), faults.getOrDefault(kind, 0L));
      if (examples.containsKey(kind)) {
        shown.put(kind.key(), List.copyOf(examples.get(kind)));
      }
    }
    return new ReadStats(new ReadStats.Source(file.name(), sha256, bytes, format, file.gzipped()), records, accepted,
        counts, shown, datedFromId, undated);
  }

  /** Trims and folds runs of white space (arXiv titles carry line breaks) into single spaces. */
  private static String collapseSpaces(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static List<String> categories(String s) {
    return s == null || s.isBlank() ? List.of() : Arrays.asList(SPACES.split(s.strip()));
  }

  private static void closeQuietly(InputFile file) {
    try {
      file.close();
    } catch (IOException e) {
      log.debug("closing {} failed", file.name(), e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
