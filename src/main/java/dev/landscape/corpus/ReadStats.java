package dev.landscape.corpus;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * What reading a corpus found: how many records, how many accepted, and every fault by kind with its first
 * examples, so that nothing is dropped silently.
 *
 * Written to state/read.json flat (the source's fields unwrapped in place).
 *
 * @param source the file read: its name, checksum, size and format
 * @param records records found (accepted plus dropped)
 * @param accepted papers handed on to the text stage
 * @param faults the count of each fault kind, keyed by {@link RecordFault#key()}, in enum order; zero counts included
 * @param examples up to three {@code file:line: message} examples per fault kind that occurred
 * @param datedFromId accepted papers whose date came from the arXiv id, not the metadata
 * @param undated accepted papers with no usable date at all
 */
public record ReadStats(
    @JsonUnwrapped Source source,
    long records,
    long accepted,
    Map<String, Long> faults,
    Map<String, List<String>> examples,
    long datedFromId,
    long undated) {
  public ReadStats {
    faults = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(faults));
    examples = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(examples));
  }

  /**
   * The file read.
   *
   * @param file the input as the user named it
   * @param sha256 SHA-256 of the file's bytes on disk (compressed bytes for a .gz)
   * @param bytes the file's size on disk
   * @param format the format it was read as
   * @param gzipped whether it was gzip-compressed
   */
  public record Source(String file, String sha256, long bytes, CorpusFormat format, boolean gzipped) {}

  /** The input as the user named it. */
  public String file() {
    return source.file();
  }

  /** SHA-256 of the file's bytes on disk. */
  public String sha256() {
    return source.sha256();
  }

  /** Records the skip policy dropped, all kinds together. */
  public long dropped() {
    return records - accepted;
  }
}
