package dev.landscape.corpus;

import java.util.Locale;

/** The corpus formats we read. {@link #AUTO} picks one from the file name and checks it against the content. */
public enum CorpusFormat {
  AUTO,
  /** The dataset-viewer export: a header block of column names and statistics, then one line per field. */
  VIEWER,
  /** The arXiv metadata snapshot's JSON Lines schema, one JSON object per line. */
  JSONL,
  /** Comma-separated values with a header row. */
  CSV,
  /** Tab-separated values with a header row. */
  TSV;

  /** How the console names it for a reader ("dataset-viewer export", not "viewer"). */
  public String described() {
    return switch (this) {
      case AUTO -> "detected by name and content";
      case VIEWER -> "dataset-viewer export";
      case JSONL -> "JSON Lines";
      case CSV -> "CSV";
      case TSV -> "TSV";
    };
  }

  /** The lower-case name used on the command line and in run.json. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
