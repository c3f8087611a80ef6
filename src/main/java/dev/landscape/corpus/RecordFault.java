package dev.landscape.corpus;

/** The kinds of fault a single record can have; each is counted separately in the console and in run.json. */
public enum RecordFault {
  /** The record could not be parsed (invalid JSON, a field of the wrong type, too few fields). */
  MALFORMED("malformed", true),
  /** No id, or an id that is blank. */
  MISSING_ID("missing_id", true),
  /** No abstract, or one that is blank. */
  MISSING_ABSTRACT("missing_abstract", true),
  /** The id was already seen earlier in the file; the first record with it is kept. */
  DUPLICATE_ID("duplicate_id", true),
  /** A date field that parses as no known date; the paper is kept and dated from its arXiv id instead. */
  BAD_DATE("bad_date", false);

  private final String key;
  private final boolean dropsRecord;

  RecordFault(String key, boolean dropsRecord) {
    this.key = key;
    this.dropsRecord = dropsRecord;
  }

  /** The snake_case name used in run.json and the console. */
  public String key() {
    return key;
  }

  /**
   * Whether the fault written as {@code key} (in run.json's {@code skipped}) drops its record; an unknown key is
   * taken to, so it is counted rather than hidden.
   */
  public static boolean drops(String key) {
    for (RecordFault fault : values()) {
      if (fault.key.equals(key)) {
        return fault.dropsRecord;
      }
    }
    return true;
  }

  /** Whether the skip policy drops the record, or only repairs it (a bad date falls back to the id's date). */
  public boolean dropsRecord() {
    return dropsRecord;
  }
}
