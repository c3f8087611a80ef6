package dev.landscape.output;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * The provenance of a landscape aggregated from assignment rows, written as the folder's {@code run.json}: by
 * {@code landscape aggregate} from the tables of one {@code landscape infer} per shard, or by the Spark job from the
 * papers it placed.
 *
 * Written flat, as it always was (each part's fields unwrapped in place).
 *
 * @param origin who made it, with what command, when
 * @param model the model every row was placed on
 * @param inputs the files read: assignment tables, or the corpus files the Spark job placed
 * @param counts papers placed, unassignable, skipped by kind, dated and undated
 * @param trends whether trends could be told, at what period, and why not
 * @param timingsMs wall time of each stage, in milliseconds
 * @param versions the Java runtime and the libraries that did the work
 * @param written the files and folders written: {@code files} is what a later run may replace
 */
public record AggregateManifest(@JsonUnwrapped Origin origin, InferenceProvenance.Model model, List<Input> inputs,
    Counts counts, RunSummaries.Trends trends, Map<String, Long> timingsMs, Map<String, String> versions,
    @JsonUnwrapped RunManifest.Written written) {
  public AggregateManifest {
    inputs = List.copyOf(inputs);
  }

  /**
   * Who made the folder, and how.
   *
   * @param tool always "landscape", so that a later run into the folder knows it as ours
   * @param madeBy "landscape aggregate" or "landscape-spark"
   * @param version this tool's version
   * @param command the arguments it was started with
   * @param startedAt when it started (UTC, ISO-8601)
   */
  public record Origin(String tool, String madeBy, String version, List<String> command, String startedAt) {
    public Origin {
      command = List.copyOf(command);
    }
  }

  /** A file read: its path as given, SHA-256 (null where the file system streams it unread), bytes and rows. */
  public record Input(String path, String sha256, long bytes, long rows) {}

  /**
   * @param papers papers placed on the model (status assigned)
   * @param unassignable papers with no word the model knows
   * @param skipped records skipped by kind (the Spark job, which reads the corpus), else empty
   * @param skipExamples the first examples of each kind, {@code file:line: message}
   */
  public record Counts(long papers, long unassignable, long dated, long undated, Map<String, Long> skipped,
      Map<String, List<String>> skipExamples) {}
}
