package dev.landscape.corpus;

/** What to do with a record that has a {@link RecordFault}. */
public enum BadRecordPolicy {
  /** Count it by kind, report the counts and the first examples, and go on. */
  SKIP,
  /** Stop with a one-line error that names the file and line. */
  FAIL
}
