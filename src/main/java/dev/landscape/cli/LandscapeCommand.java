package dev.landscape.cli;

import dev.landscape.output.Versions;
import dev.landscape.progress.Progress;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code landscape} command; the work is done by its subcommands. */
@Command(
    name = "landscape",
    mixinStandardHelpOptions = true,
    versionProvider = LandscapeCommand.VersionProvider.class,
    description = "Turns a corpus of arXiv abstracts into a research landscape: an LDA topic model, named themes, "
        + "trends, CSV tables, charts, an explorable report.html and a slide deck, with provenance.",
    subcommands = {RunCommand.class, ReportCommand.class, InferCommand.class, AggregateCommand.class,
        CoherenceCommand.class, CommandLine.HelpCommand.class},
    footer = ExitCodes.HELP)
final class LandscapeCommand implements Runnable {
  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Log details, MALLET's own log, and stack traces of errors.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
      description = "Print only errors: no progress, no summary.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  final Progress progress;

  LandscapeCommand(Progress progress) {
    this.progress = progress;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, for example: landscape run");
  }

  /** The configured command line: our writers, our exit codes, one-line errors. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Progress progress) {
    LandscapeCommand root = new LandscapeCommand(progress);
    CommandLine cmd = new CommandLine(root);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(new ErrorHandler(root));
    cmd.setParameterExceptionHandler((e, args) -> {
      // One line and a pointer to the help, not the whole help text.
      CommandLine failed = e.getCommandLine();
      failed.getErr().println("landscape: " + dev.landscape.io.ControlCharacters.visible(e.getMessage()));
      // A mistyped command or option gets picocli's nearest matches ("runn": "Did you mean: run?").
      if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
        java.util.List<String> near = unmatched.getSuggestions();
        if (!near.isEmpty()) {
          failed.getErr().println("Did you mean: " + String.join(" or ", near.subList(0, Math.min(3, near.size())))
              + "?");
        }
      }
      failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for the options.");
      failed.getErr().flush();
      return ExitCodes.USAGE;
    });
    return cmd;
  }

  /** The command line as the user gave it ({@code landscape run --topics 20 ...}), for provenance. */
  static java.util.List<String> given(CommandLine.Model.CommandSpec spec) {
    java.util.List<String> command = new java.util.ArrayList<>();
    command.add("landscape");
    command.addAll(spec.commandLine().getParseResult().originalArgs());
    return command;
  }

  /** Reads the version from the build. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      var versions = Versions.all();
      return new String[] {
        "landscape " + versions.get("landscape"),
        "MALLET " + versions.get("mallet") + ", Java " + versions.get("java")
      };
    }
  }
}
