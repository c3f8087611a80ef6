package dev.landscape.corpus;

/**
 * A fault confined to one record: a reader throws it and can carry on with the next record. {@link PaperStream}
 * decides, by policy, whether it is counted and skipped or ends the run.
 */
final class RecordFaultException extends Exception {
  private static final long serialVersionUID = 1L;

  private final RecordFault fault;
  private final long line;

  RecordFaultException(RecordFault fault, long line, String detail) {
    super(detail);
    this.fault = fault;
    this.line = line;
  }

  RecordFault fault() {
    return fault;
  }

  long line() {
    return line;
  }
}
