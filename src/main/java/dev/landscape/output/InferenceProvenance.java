package dev.landscape.output;

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
 * @param tool always "landscape infer"
 * @param table the table's file name
 * @param docTopics the file of every paper's topic distribution ({@code --doc-topics}) as given, or null
 * @param themeTerms the file of the named themes' member papers' words ({@code --theme-terms}) as given, or null
 */
public record InferenceProvenance(String tool, String version, List<String> command, String startedAt,
    RunManifest.Input input, Model model, Parameters parameters, Counts counts, Map<String, Long> timingsMs,
    Map<String, String> versions, String table, String docTopics, String themeTerms) {
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * The model used.
   *
   * @param path the model folder as given
   * @param modelJsonSha256 the model's fingerprint: the SHA-256 of its model.json
   * @param landscapeVersion what trained it
   * @param corpus what it was trained on
   */
  public record Model(String path, String modelJsonSha256, String landscapeVersion, ModelProvenance.Corpus corpus,
      int topics, int themes, int vocabulary, int seed) {}

  /** The sampling settings and options. */
  public record Parameters(int iterations, int burnIn, int thinning, int seed, int threads, boolean rawCsv,
      String format, String onBadRecord) {}

  /** Records read, accepted and skipped by kind; papers placed and those with no word the model knows. */
  public record Counts(long records, long accepted, Map<String, Long> skipped, Map<String, List<String>> skipExamples,
      long papers, long unassignable) {}

  /** The provenance of an inference that read {@code read} and wrote {@code table}. */
  public static InferenceProvenance of(Path table, List<String> command, String startedAt, ReadStats read,
      Model model, Parameters parameters, long papers, long unassignable, Map<String, Long> timingsMs,
      Map<String, String> versions, Path docTopics, Path themeTerms) {
    return new InferenceProvenance("landscape infer", versions.get("landscape"), command, startedAt,
        RunManifest.Input.of(read), model, parameters, new Counts(read.records(), read.accepted(), read.faults(),
            read.examples(), papers, unassignable), timingsMs, versions, table.getFileName().toString(),
        docTopics == null ? null : docTopics.toString(), themeTerms == null ? null : themeTerms.toString());
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
