package dev.landscape.output;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.landscape.corpus.ReadStats;
import dev.landscape.model.ModelProvenance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The provenance of one {@code landscape infer}: written beside its table as {@code NAME.run.json} (for
 * {@code new.csv}, {@code new.run.json}), replaced the same way the table is. It names the input by checksum, the
 * model by the checksum of its {@code model.json} (which holds every model file's checksum), the sampling settings,
 * the counts, the timings and the versions: enough to know what produced the table and to produce it again.
 *
 * Written flat, as it always was (each part's fields unwrapped in place).
 *
 * @param origin "landscape infer", its version, the command and when it started
 * @param input the input file, its checksum and format
 * @param model the model the papers were placed on
 * @param parameters the sampling settings and options
 * @param counts records read and skipped, papers placed and unassignable
 * @param timingsMs wall time of each stage, in milliseconds
 * @param versions the Java runtime and the libraries that did the work
 * @param files the table and the other files written with it
 */
public record InferenceProvenance(@JsonUnwrapped RunManifest.Origin origin, RunManifest.Input input, Model model,
    Parameters parameters, Counts counts, Map<String, Long> timingsMs, Map<String, String> versions,
    @JsonUnwrapped Written files) {
  /** The tool that writes these files. */
  public static final String TOOL = "landscape infer";

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * The model used.
   *
   * @param path the model folder as given
   * @param modelJsonSha256 the model's fingerprint: the SHA-256 of its model.json
   * @param landscapeVersion what trained it
   * @param corpus what it was trained on
   * @param topics its topics
   * @param themes its themes
   * @param vocabulary the words it knows
   * @param seed the seed it was trained with, and the papers are placed with
   */
  public record Model(String path, String modelJsonSha256, String landscapeVersion, ModelProvenance.Corpus corpus,
      int topics, int themes, int vocabulary, int seed) {}

  /** The sampling settings and options. */
  public record Parameters(int iterations, int burnIn, int thinning, int seed, int threads, boolean rawCsv,
      String format, String onBadRecord) {}

  /** Records read, accepted and skipped by kind; papers placed and those with no word the model knows. */
  public record Counts(long records, long accepted, Map<String, Long> skipped, Map<String, List<String>> skipExamples,
      long papers, long unassignable) {
    /** The counts of an inference that read {@code read} and placed {@code papers}. */
    public static Counts of(ReadStats read, long papers, long unassignable) {
      return new Counts(read.records(), read.accepted(), read.faults(), read.examples(), papers, unassignable);
    }
  }

  /**
   * The files written.
   *
   * @param table the table's file name
   * @param docTopics the file of every paper's topic distribution ({@code --doc-topics}) as given, or null
   * @param themeTerms the file of the named themes' member papers' words ({@code --theme-terms}) as given, or null
   */
  public record Written(String table, String docTopics, String themeTerms) {
    /** The files as named on the command line; the table by its file name alone. */
    public static Written of(Path table, Path docTopics, Path themeTerms) {
      return new Written(table.getFileName().toString(), docTopics == null ? null : docTopics.toString(),
          themeTerms == null ? null : themeTerms.toString());
    }
  }

  /** Where the provenance of {@code table} goes. */
  public static Path fileFor(Path table) {
    String name = table.getFileName().toString();
    String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4)
        : name;
    return table.resolveSibling(stem + ".run.json");
  }

  /** Writes this beside {@code table}, replacing an earlier one by rename. */
  public void write(Path table) {
    Path file = fileFor(table);
    try {
      Path temporary = TemporarySibling.create(file);
      boolean committed = false;
      try {
        JSON.writeValue(temporary.toFile(), this);
        TemporarySibling.commit(temporary, file.toAbsolutePath().normalize());
        committed = true;
      } finally {
        if (!committed) {
          TemporarySibling.discard(temporary);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
