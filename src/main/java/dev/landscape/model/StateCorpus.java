package dev.landscape.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.landscape.corpus.CorpusSource;
import dev.landscape.corpus.DatePrecision;
import dev.landscape.corpus.Paper;
import dev.landscape.corpus.PaperInfo;
import dev.landscape.corpus.ReadStats;
import dev.landscape.io.InputException;
import dev.landscape.io.TsvWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The papers a run modelled, as it read them, kept in {@code state/} ({@link #PAPERS}: id, title, categories, date
 * and abstract, gzipped TSV) with what reading the input found ({@link #READ}). {@code landscape report --from}
 * prepares them again from here, so a report can be made again after its input has moved or gone, from any folder.
 * Written while the run reads its input, in the order it reads it: the copy is the papers the model was trained on.
 */
public final class StateCorpus {
  /** The papers. */
  public static final String PAPERS = "papers.tsv.gz";
  /** What reading the input found: the input's name, checksum and counts, as run.json reports them. */
  public static final String READ = "read.json";
  private static final List<String> HEADER = List.of("id", "title", "categories", "date", "abstract");
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private StateCorpus() {}

  /** Whether {@code stateDir} keeps the papers (states written before 2026-12-07 do not). */
  public static boolean kept(Path stateDir) {
    return Files.isRegularFile(stateDir.resolve(PAPERS)) && Files.isRegularFile(stateDir.resolve(READ));
  }

  /**
   * A pass over {@code source} that also writes each paper it hands on into {@code stateDir} (created), and, at the
   * end, what reading found.
   */
  public static CorpusSource.Pass recording(CorpusSource.Pass source, Path stateDir) {
    try {
      Files.createDirectories(stateDir);
      GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(
          Files.newOutputStream(stateDir.resolve(PAPERS)), 1 << 16), 1 << 16) {
        {
          def.setLevel(Deflater.BEST_SPEED); // a copy written at reading speed; its size matters less
        }
      };
      Writer text = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
      CSVPrinter printer = new CSVPrinter(text, TsvWriter.FORMAT.builder().setHeader(HEADER.toArray(String[]::new))
          .get());
      return new Recording(source, printer, stateDir.resolve(READ));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + stateDir.resolve(PAPERS) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Copies the papers kept in {@code from} into {@code to} (created) as they are: what recording the same papers
   * again would write, without compressing them again.
   */
  public static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to);
      for (String name : List.of(PAPERS, READ)) {
        Files.copy(from.resolve(name), to.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " into " + to + ": " + e.getMessage(), e);
    }
  }

  /** The papers kept in {@code stateDir}, as a source that reads them again. */
  public static CorpusSource source(Path stateDir) {
    ReadStats stats = readStats(stateDir.resolve(READ));
    return () -> open(stateDir.resolve(PAPERS), stats);
  }

  private static ReadStats readStats(Path file) {
    try {
      return JSON.readValue(dev.landscape.io.SmallFiles.bytes(file, 16 << 20), ReadStats.class);
    } catch (IOException e) {
      throw new InputException(file + ": not what landscape wrote (" + e.getMessage().lines().findFirst()
          .orElse("") + ")");
    }
  }

  private static CorpusSource.Pass open(Path file, ReadStats stats) {
    try {
      Reader in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16),
          StandardCharsets.UTF_8);
      CSVParser parser = CSVParser.parse(in, TsvWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get());
      if (!parser.getHeaderNames().equals(HEADER)) {
        parser.close();
        throw new InputException(file + ": expected the columns " + String.join(", ", HEADER));
      }
      Iterator<CSVRecord> rows = parser.iterator();
      return new CorpusSource.Pass() {
        @Override
        public Paper next() {
          if (!rows.hasNext()) {
            return null;
          }
          CSVRecord row = rows.next();
          if (row.size() != HEADER.size()) {
            throw new InputException(file + ":" + row.getRecordNumber() + ": expected " + HEADER.size() + " fields");
          }
          return paper(row, file);
        }

        @Override
        public ReadStats stats() {
          return stats;
        }

        @Override
        public void close() throws IOException {
          parser.close();
        }
      };
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  private static Paper paper(CSVRecord row, Path file) {
    String date = row.get(3);
    try {
      DatePrecision precision = date.isEmpty() ? DatePrecision.NONE
          : date.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
      LocalDate day = date.isEmpty() ? null : LocalDate.parse(date.length() == 7 ? date + "-01" : date);
      List<String> categories = row.get(2).isEmpty() ? List.of() : Arrays.asList(row.get(2).split(" "));
      return new Paper(new PaperInfo(row.get(0), row.get(1), categories, day, precision), row.get(4));
    } catch (RuntimeException e) {
      throw new InputException(file + ":" + row.getRecordNumber() + ": not a paper landscape wrote ("
          + e.getMessage() + ")");
    }
  }

  /** A pass that copies every paper it hands on. */
  private static final class Recording implements CorpusSource.Pass {
    private final CorpusSource.Pass source;
    private final CSVPrinter printer;
    private final Path readFile;
    private boolean ended;

    Recording(CorpusSource.Pass source, CSVPrinter printer, Path readFile) {
      this.source = source;
      this.printer = printer;
      this.readFile = readFile;
    }

    @Override
    public Paper next() {
      Paper paper = source.next();
      try {
        if (paper == null) {
          if (!ended) {
            ended = true;
            printer.close();
            JSON.writeValue(readFile.toFile(), source.stats());
          }
          return null;
        }
        PaperInfo info = paper.info();
        printer.printRecord(info.id(), info.title(), String.join(" ", info.categories()), info.dateText(),
            paper.abstractText());
        return paper;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the papers' copy: " + e.getMessage(), e);
      }
    }

    @Override
    public ReadStats stats() {
      return source.stats();
    }

    @Override
    public long size() {
      return source.size();
    }

    @Override
    public long bytesRead() {
      return source.bytesRead();
    }

    @Override
    public String checksum() {
      return source.checksum();
    }

    @Override
    public void close() throws IOException {
      try {
        printer.close();
      } finally {
        source.close();
      }
    }
  }
}
