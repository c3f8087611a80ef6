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
    System.setProperty("java.awt.headless", "true"); // charts render on servers without a display
    List<String> list = Arrays.asList(args);
    LoggingSetup.configure(list.contains("--verbose") || list.contains("-v"),
        list.contains("--quiet") || list.contains("-q"));
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    return LandscapeCommand.commandLine(out, err, ConsoleProgress.forConsole()).execute(args);
  }
}
