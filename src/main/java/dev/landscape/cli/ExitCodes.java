package dev.landscape.cli;

/** The documented exit codes. */
public final class ExitCodes {
  /** The run finished and wrote its report. */
  public static final int OK = 0;
  /** The run failed while working (for example a write error); the previous report is left as it was. */
  public static final int FAILURE = 1;
  /** Bad usage or unusable input: a wrong option, a missing or malformed file. Nothing was written. */
  public static final int USAGE = 2;

  /** Text for the help footer and the README. */
  static final String HELP = "%nExit codes:%n"
      + "  0    success%n"
      + "  1    run failure (for example a write error); the previous report is left intact%n"
      + "  2    usage error or unusable input (bad option, missing or malformed file)%n"
      + "  130  interrupted (Ctrl-C); temporary files removed, the previous report kept%n";

  private ExitCodes() {}
}
