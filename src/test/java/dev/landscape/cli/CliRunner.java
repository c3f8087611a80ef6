package dev.landscape.cli;

import dev.landscape.progress.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line as a user would, capturing what it prints: picocli's "Testing Your Application" way. */
final class CliRunner {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** The exit code of {@code landscape ARGS}. */
  int execute(String... args) {
    return LandscapeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Progress.NONE)
        .execute(args);
  }

  /** Forgets what was printed so far. */
  void clear() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }
}
