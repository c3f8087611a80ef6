package dev.landscape.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The entry point: sets up logging, runs the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String... args) {
    System.exit(run(args));
  }

  /** Runs the command line on the process's console and returns the exit code. */
  static int run(String... args) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true"); // charts render on servers without a display
    }
    List<String> list = Arrays.asList(args);
    LoggingSetup.configure(flag(list, 'v', "--verbose"), flag(list, 'q', "--quiet"));
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = LandscapeCommand.commandLine(out, err, ConsoleProgress.forConsole()).execute(args);
    } catch (OutOfMemoryError e) {
      // An Error passes picocli's handler. The staging folder is removed by the command's own cleanup (or the next
      // run); the report already in place was never touched.
      err.println("landscape: " + outOfMemory(Runtime.getRuntime().maxMemory()));
      err.flush();
      return ExitCodes.FAILURE;
    }
    if (code == ExitCodes.OK && out.checkError()) {
      // The work is done, but what was printed was lost: say so rather than report success.
      err.println("landscape: cannot write standard output (closed, or the disk is full)");
      err.flush();
      return ExitCodes.FAILURE;
    }
    return code;
  }

  /** What is said when the heap ran out: how large it was and how to give more. */
  static String outOfMemory(long maxHeapBytes) {
    long mib = maxHeapBytes >> 20;
    return String.format(java.util.Locale.ROOT, "out of memory (the Java heap was limited to %,d MiB); "
        + "the previous report is left as it was; give it more, e.g. LANDSCAPE_JAVA_OPTS=-Xmx%dm ./landscape ...",
        mib, Math.max(1024, mib * 2));
  }

  /**
   * Whether the logging flag {@code letter} / {@code longName} is given, before picocli parses the line (logging is
   * set up first): alone ({@code -v}), long, or in a cluster of the top-level flags ({@code -qv}), as picocli
   * accepts them; nothing after {@code --}.
   */
  static boolean flag(List<String> args, char letter, String longName) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals(longName) || arg.length() > 1 && arg.charAt(0) == '-' && arg.charAt(1) != '-'
          && arg.substring(1).chars().allMatch(c -> "hqvV".indexOf(c) >= 0) && arg.indexOf(letter, 1) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Fails when what was printed to {@code out} was lost: a PrintWriter never throws, it only remembers that a write
   * failed (standard output closed, or /dev/full).
   */
  static void checkWritten(PrintWriter out) {
    if (out.checkError()) {
      String message = "cannot write standard output (closed, or the disk is full)";
      throw new java.io.UncheckedIOException(message, new java.io.IOException(message));
    }
  }
}
