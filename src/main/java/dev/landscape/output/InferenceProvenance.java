package dev.landscape.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.landscape.corpus.ReadStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The provenance of one {@code landscape infer}: written beside its table as {@code NAME.run.json} (for
 * {@code new.csv}, {@code new.run.json}), replaced the same way the table is. It names the input by checksum, the
 * model by the checksum of its {@code model.json} (which holds every model file's checksum), the sampling settings,
 * the counts, the timings and the versions: enough to know what produced the table and to produce it again.
 */
public final class InferenceProvenance {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private InferenceProvenance() {}

  /** Where the provenance of {@code table} goes. */
  public static Path fileFor(Path table) {
    String name = table.getFileName().toString();
    String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4)
        : name;
    return table.resolveSibling(stem + ".run.json");
  }

  /**
   * Writes the provenance of a finished inference.
   *
   * @param settings the sampling settings and options, in order
   * @param model the model folder and what its model.json says of itself
   */
  public static void write(Path table, List<String> command, String startedAt, ReadStats read,
      Map<String, Object> model, Map<String, Object> settings, long papers, long unassignable,
      Map<String, Long> timingsMs, Map<String, String> versions) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tool", "landscape infer");
    out.put("version", versions.get("landscape"));
    out.put("command", command);
    out.put("started_at", startedAt);
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("path", read.file());
    input.put("sha256", read.sha256());
    input.put("bytes", read.bytes());
    input.put("format", read.format().key());
    input.put("gzipped", read.gzipped());
    out.put("input", input);
    out.put("model", model);
    out.put("parameters", settings);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("records", read.records());
    counts.put("accepted", read.accepted());
    counts.put("skipped", read.faults());
    counts.put("skip_examples", read.examples());
    counts.put("papers", papers);
    counts.put("unassignable", unassignable);
    out.put("counts", counts);
    out.put("timings_ms", timingsMs);
    out.put("versions", versions);
    out.put("table", table.getFileName().toString());
    Path file = fileFor(table);
    try {
      Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".tmp-",
          "");
      try {
        JSON.writeValue(temporary.toFile(), out);
        dev.landscape.io.FileTrees.replace(temporary, file);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
