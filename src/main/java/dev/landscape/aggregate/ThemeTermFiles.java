package dev.landscape.aggregate;

import dev.landscape.io.BoundedReader;
import dev.landscape.io.InputException;
import dev.landscape.model.SavedModel;
import dev.landscape.output.AggregateManifest;
import dev.landscape.output.CsvCells;
import dev.landscape.output.InferredAssignments;
import dev.landscape.themes.MemberTerms;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the tables of {@code landscape infer --theme-terms} (one per shard) into one {@link MemberTerms}: the words of
 * the named themes' member papers, summed exactly in any order. A table of another model (other named themes, a term
 * the model's vocabulary spells otherwise) is refused with one line naming the file and line.
 */
public final class ThemeTermFiles {
  private ThemeTermFiles() {}

  /** Adds every row of {@code file} to {@code counts} (over {@code model}'s vocabulary); returns what was read. */
  public static AggregateManifest.Input read(Path file, SavedModel model, MemberTerms counts) {
    String name = file.toString();
    List<String> header = InferredAssignments.themeTermsHeader(model, CsvCells.SAFE);
    // Written with the spreadsheet guard on theme names, or without it (infer --raw-csv): either is this model's.
    List<String> rawHeader = InferredAssignments.themeTermsHeader(model, CsvCells.RAW);
    List<String> words = model.text().vocabulary().words();
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      long rows = 0;
      var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest);
          BoundedReader reader = new BoundedReader(new InputStreamReader(in, decoder), BoundedReader.DEFAULT_LIMIT,
              false);
          CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180.builder()
              .setHeader().setSkipHeaderRecord(true).get()).get()) {
        if (!parser.getHeaderNames().equals(header) && !parser.getHeaderNames().equals(rawHeader)) {
          throw InputException.at(name, 1, "not a --theme-terms table of this model: expected the columns "
              + String.join(",", header));
        }
        Iterator<CSVRecord> records = parser.iterator();
        long[] inTheme = new long[header.size() - 3];
        int last = -1;
        while (true) {
          long line = parser.getCurrentLineNumber() + 1;
          CSVRecord record;
          try {
            if (!records.hasNext()) {
              break;
            }
            record = records.next();
          } catch (UncheckedIOException e) {
            throw InputException.at(name, line, "unreadable CSV: " + e.getCause().getMessage());
          }
          reader.recordDone();
          if (record.size() != header.size()) {
            throw InputException.at(name, line, "expected " + header.size() + " cells, found " + record.size());
          }
          int w = (int) whole(name, line, record.get(0), words.size() - 1);
          String word = words.get(w);
          // The word as infer wrote it: as it is, or neutralized for spreadsheets.
          if (!record.get(1).equals(word) && !record.get(1).equals(CsvCells.SAFE.text(word))) {
            throw InputException.at(name, line, "term " + w + " is '" + record.get(1) + "', the model's vocabulary "
                + "says '" + word + "': placed on another model");
          }
          if (w <= last) {
            throw InputException.at(name, line, "term " + w + " after term " + last + ": terms must ascend");
          }
          last = w;
          long tokens = whole(name, line, record.get(2), Long.MAX_VALUE);
          for (int t = 0; t < inTheme.length; t++) {
            inTheme[t] = whole(name, line, record.get(3 + t), tokens);
          }
          counts.add(w, tokens, inTheme);
          rows++;
        }
      }
      return new AggregateManifest.Input(name, HexFormat.of().formatHex(digest.digest()), Files.size(file), rows);
    } catch (java.nio.file.NoSuchFileException e) {
      throw InputException.at(name, 0, "no such file");
    } catch (IOException e) {
      throw InputException.at(name, 0, "cannot be read: " + e.getMessage());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** A whole number from 0 to {@code max}, or one line naming the cell. */
  private static long whole(String name, long line, String cell, long max) {
    try {
      long n = Long.parseLong(cell);
      if (n >= 0 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InputException.at(name, line, "'" + cell + "' is not a whole number from 0 to " + max);
  }

  /**
   * Refuses term counts that are not of the tables' papers: every assigned paper's tokens are counted once in the
   * {@code papers} column, so the two totals must agree.
   */
  public static void requireSamePapers(MemberTerms counts, AssignmentTotals totals, int files) {
    if (counts.tokens() != totals.tokens()) {
      throw new InputException(String.format(java.util.Locale.ROOT, "--theme-terms: %s %,d tokens, the assignment "
          + "tables' papers have %,d: not the same papers", files == 1 ? "1 table counts" : files + " tables count",
          counts.tokens(), totals.tokens()));
    }
  }
}
