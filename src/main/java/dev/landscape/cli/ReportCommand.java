package dev.landscape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.landscape.io.InputException;
import dev.landscape.io.SmallFiles;
import dev.landscape.pipeline.Pipeline;
import dev.landscape.pipeline.RunResult;
import dev.landscape.progress.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code landscape report --from DIR}: every output of a saved report made again from its trained model, without
 * training, with the themes file as it is now. The run's own command (run.json) gives every other setting.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = LandscapeCommand.VersionProvider.class,
    description = {"Make the tables, charts, report and deck of a saved report folder again from its trained model, "
        + "without training: after renaming, describing, merging or re-seeding themes, or moving a topic into a "
        + "theme, in the themes file.",
        "Every other setting is the run's own (its command in run.json); the corpus is read again and must be the "
            + "one the model was trained on (same SHA-256). In the themes file, 'was: [old name, ...]' renames or "
            + "merges themes and 'topics: [3, 7]' puts topics in a theme."},
    footer = ExitCodes.HELP,
    showDefaultValues = true)
final class ReportCommand implements Callable<Integer> {
  /** Largest run.json read: a few KiB of settings and the list of files written. */
  private static final int MAX_RUN_JSON = 16 << 20;

  @ParentCommand
  LandscapeCommand root;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", paramLabel = "DIR", required = true,
      description = "A report folder written by landscape run (it holds run.json, model/ and state/).")
  Path from;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Report folder to write; default: the --from folder. As for run --out, only the files a run "
          + "wrote there (listed in its run.json) are replaced, when all is written; anything else is kept.")
  Path out;

  @Option(names = "--themes", paramLabel = "FILE|none",
      description = "Themes file to apply; default: the run's (its --themes, else data/themes.yaml or the built-in "
          + "one), as it reads now.")
  String themes;

  @Option(names = {"-i", "--input"}, paramLabel = "FILE",
      description = "The run's corpus, when it is no longer where run.json says.")
  Path input;

  @Override
  public Integer call() {
    RunCommand run = runCommand(recordedCommand());
    if (themes != null) {
      run.themes = themes;
    }
    if (input != null) {
      run.input = input;
    }
    run.out = out != null ? out : from;
    Progress progress = root.quiet ? Progress.NONE : root.progress;
    RunResult result = new Pipeline(progress).render(run.config(LandscapeCommand.given(spec)), from);
    if (!root.quiet) {
      RunSummary.print(spec.commandLine().getOut(), result, from);
    }
    return ExitCodes.OK;
  }

  /** The arguments of the run that wrote {@code --from}, as its run.json records them. */
  private List<String> recordedCommand() {
    Path file = from.resolve("run.json");
    if (!Files.isRegularFile(file)) {
      throw new InputException(from + ": not a report folder (no run.json)");
    }
    JsonNode command;
    try {
      command = new ObjectMapper().readTree(SmallFiles.bytes(file, MAX_RUN_JSON)).path("command");
    } catch (IOException e) {
      throw new InputException(file + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    List<String> args = new ArrayList<>();
    for (JsonNode arg : command) {
      if (!arg.isTextual()) {
        throw new InputException(file + ": 'command' must list the run's arguments as strings");
      }
      args.add(arg.asText());
    }
    if (args.isEmpty() || !args.get(0).equals("landscape")) {
      throw new InputException(file + ": 'command' does not record a landscape run");
    }
    return args.subList(1, args.size());
  }

  /** The run command as it was parsed for the run, its options ready to be changed. */
  private RunCommand runCommand(List<String> args) {
    StringWriter sink = new StringWriter();
    CommandLine parser = LandscapeCommand.commandLine(new PrintWriter(sink), new PrintWriter(sink), Progress.NONE);
    try {
      CommandLine.ParseResult parsed = parser.parseArgs(args.toArray(String[]::new));
      if (parsed.subcommand() != null
          && parsed.subcommand().commandSpec().userObject() instanceof RunCommand recorded) {
        recorded.root = root;
        return recorded;
      }
    } catch (CommandLine.ParameterException e) {
      throw new InputException(from.resolve("run.json") + ": its command no longer parses (" + e.getMessage()
          + ")");
    }
    throw new InputException(from.resolve("run.json") + ": not written by landscape run");
  }
}
