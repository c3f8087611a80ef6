package dev.landscape.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.landscape.io.BoundedReader;
import dev.landscape.io.InputException;
import dev.landscape.output.AggregateManifest;
import dev.landscape.output.InferredAssignments;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the tables of {@code landscape infer} (one per shard, or the CSV part files of the Spark job) row by row into
 * {@link AssignmentTotals}: a folder stands for the {@code .csv} files in it, in name order. Streamed, so any number
 * of rows fits; a file that is not such a table, or a row that does not fit the model, ends the read with one line
 * naming the file and line.
 */
public final class AssignmentFiles {
  private AssignmentFiles() {}

  /** The files {@code given} names: files as they are, folders as their {@code .csv} files. */
  public static List<Path> expand(List<Path> given) {
    List<Path> files = new ArrayList<>();
    for (Path path : given) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> inside = Files.list(path)) {
          List<Path> tables = inside.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".csv")
              && !p.getFileName().toString().startsWith(".")).sorted().toList();
          if (tables.isEmpty()) {
            throw InputException.at(path.toString(), 0, "holds no .csv assignment tables");
          }
          files.addAll(tables);
        } catch (IOException e) {
          throw InputException.at(path.toString(), 0, "cannot be listed: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw InputException.at(path.toString(), 0, Files.exists(path) ? "is not a file or folder" : "no such file");
      }
    }
    return files;
  }

  /**
   * The provenance {@code landscape infer} wrote beside each of {@code files} ({@code NAME.run.json}), read once for
   * every check and fact drawn from it; empty for a table without one (standard output, a scheduler's copy).
   */
  public static List<Optional<JsonNode>> provenance(List<Path> files) {
    List<Optional<JsonNode>> read = new ArrayList<>();
    for (Path file : files) {
      Path provenance = dev.landscape.output.InferenceProvenance.fileFor(file);
      if (!Files.isRegularFile(provenance)) {
        read.add(Optional.empty());
        continue;
      }
      try {
        read.add(Optional.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree(provenance.toFile())));
      } catch (IOException e) {
        throw InputException.at(provenance.toString(), 0, "is not a provenance of landscape infer: "
            + e.getMessage());
      }
    }
    return read;
  }

  /**
   * Refuses a table whose {@code provenance} names another model than the one of fingerprint {@code modelSha256}:
   * its rows would be counted under the wrong themes. A table without provenance is taken on trust.
   */
  public static void requirePlacedOn(Path file, Optional<JsonNode> provenance, String modelSha256) {
    String placedOn = provenance.map(p -> p.at("/model/model_json_sha256").asText("")).orElse("");
    if (!placedOn.isEmpty() && !placedOn.equals(modelSha256)) {
      throw InputException.at(file.toString(), 0, "was placed on another model (its "
          + dev.landscape.output.InferenceProvenance.fileFor(file).getFileName() + " names model.json SHA-256 "
          + placedOn + ", --model has " + modelSha256 + ")");
    }
  }

  /**
   * Adds every row of each of {@code files} to {@code totals}, with the same paper's row of the matching table of
   * {@code docTopics} when it is not null; refuses a paper id met twice, in one table or two (a shard given twice,
   * a copy, shards that overlap), naming both places. Returns what was read, table by table.
   */
  public static List<AggregateManifest.Input> readAll(List<Path> files, List<Path> docTopics,
      AssignmentTotals totals) {
    PaperIds ids = new PaperIds();
    List<AggregateManifest.Input> read = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      ids.startTable(files.get(i));
      read.add(read(files.get(i), docTopics == null ? null : docTopics.get(i), totals, ids));
    }
    return read;
  }

  /**
   * Adds every row of {@code file} to {@code totals} with, when {@code docTopics} is not null, the same paper's row
   * of that {@code --doc-topics} table (the same papers in the same order, or one line naming where they part).
   */
  public static AggregateManifest.Input read(Path file, Path docTopics, AssignmentTotals totals) {
    PaperIds ids = new PaperIds();
    ids.startTable(file);
    return read(file, docTopics, totals, ids);
  }

  private static AggregateManifest.Input read(Path file, Path docTopics, AssignmentTotals totals, PaperIds ids) {
    if (docTopics == null) {
      return read(file, (Iterator<CSVRecord>) null, null, totals, ids);
    }
    try (CSVParser topics = parser(docTopics)) {
      List<String> header = topics.getHeaderNames();
      if (header.isEmpty() || !header.get(0).equals("id") || header.size() != totals.topics() + 1) {
        throw InputException.at(docTopics.toString(), 1, "not a --doc-topics table of this model: expected id and "
            + totals.topics() + " topic columns");
      }
      return read(file, topics.iterator(), docTopics, totals, ids);
    } catch (IOException e) {
      throw InputException.at(docTopics.toString(), 0, "cannot be read: " + e.getMessage());
    }
  }

  private static CSVParser parser(Path file) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return CSVParser.builder().setReader(new BoundedReader(new InputStreamReader(Files.newInputStream(file),
        decoder), BoundedReader.DEFAULT_LIMIT, true)).setFormat(CSVFormat.RFC4180.builder().setHeader()
        .setSkipHeaderRecord(true).get()).get();
  }

  private static AggregateManifest.Input read(Path file, Iterator<CSVRecord> topics, Path topicsFile,
      AssignmentTotals totals, PaperIds ids) {
    String name = file.toString();
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
        if (!parser.getHeaderNames().equals(InferredAssignments.HEADER)) {
          throw InputException.at(name, 1, "not a table of landscape infer: expected the columns "
              + String.join(",", InferredAssignments.HEADER));
        }
        Iterator<CSVRecord> records = parser.iterator();
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
          ids.add(record.get(0), line);
          List<String> distribution = null;
          if (topics != null) {
            if (!topics.hasNext()) {
              throw InputException.at(topicsFile.toString(), 0, "ends before " + name + " (its line " + line
                  + "): not the same papers");
            }
            CSVRecord paper = topics.next();
            if (!paper.get(0).equals(record.get(0))) {
              throw InputException.at(topicsFile.toString(), paper.getRecordNumber() + 1, "paper " + paper.get(0)
                  + " where " + name + ":" + line + " has " + record.get(0) + ": not the same papers in the same "
                  + "order");
            }
            distribution = paper.toList().subList(1, paper.size());
          }
          try {
            totals.add(record.toList(), distribution);
          } catch (IllegalArgumentException e) {
            throw InputException.at(name, line, e.getMessage());
          }
          rows++;
        }
      }
      if (topics != null && topics.hasNext()) {
        throw InputException.at(topicsFile.toString(), 0, "has more papers than " + name + ": not the same papers");
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
}
