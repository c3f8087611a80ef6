package dev.landscape.cli;

import dev.landscape.pipeline.Pipeline;
import dev.landscape.pipeline.RecordedRun;
import dev.landscape.pipeline.RunSettings;
import dev.landscape.pipeline.RunResult;
import dev.landscape.progress.Progress;
import dev.landscape.themes.ThemeOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code landscape report --from DIR}: every output of a saved report made again from its trained model, without
 * training, with the run's own settings as its run.json recorded them, and the themes file given now.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = LandscapeCommand.VersionProvider.class,
    description = {"Make the tables, charts, report and deck of a saved report folder again from its trained model, "
        + "without training: after renaming, describing, merging or re-seeding themes, or moving a topic into a "
        + "theme, in the themes file.",
        "Every other setting is the run's own, as its run.json recorded them; the papers are those the report keeps "
            + "a copy of in state/ (a report of an earlier version keeps none: its input is read again and must be "
            + "the one the model was trained on). In the themes file, 'was: [old name, ...]' renames or merges "
            + "themes and 'topics: [3, 7]' puts topics in a theme. The new report can be made again the same way."},
    footer = ExitCodes.HELP,
    showDefaultValues = true)
final class ReportCommand implements Callable<Integer> {
  @ParentCommand
  LandscapeCommand root;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", paramLabel = "DIR", required = true,
      description = "A report folder written by landscape run or landscape report (it holds run.json, model/ and "
          + "state/).")
  Path from;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Report folder to write; default: the --from folder. As for run --out, only the files a run "
          + "wrote there (listed in its run.json) are replaced, when all is written; anything else is kept.")
  Path out;

  @Option(names = "--themes", paramLabel = "FILE|none",
      description = "Themes file to apply; default: the named themes the run had (recorded in its run.json).")
  String themes;

  @Option(names = {"-i", "--input"}, paramLabel = "FILE",
      description = "Only for a report of an earlier version, which keeps no copy of its papers: the run's corpus, "
          + "when it is no longer where run.json says.")
  Path input;

  @Override
  public Integer call() {
    dev.landscape.output.ReportFolder.recoverInterrupted(from);
    if (java.nio.file.Files.isRegularFile(from.resolve("run.json"))
        && !java.nio.file.Files.isDirectory(from.resolve(dev.landscape.model.ModelFiles.DIR))) {
      // Said here in report's own terms: the model's reader would name infer's option, --model.
      throw new dev.landscape.io.InputException("--from " + from + ": holds no model/ folder, the trained model a "
          + "report is made again from (a run with --outputs that left out model?)");
    }
    RunSettings recorded = RecordedRun.settings(from);
    RunSettings settings = recorded.withOut(out != null ? out : from);
    if (themes != null) {
      ThemeOptions chosen = ThemeChoice.of(themes);
      settings = settings.withThemes(new ThemeOptions(chosen.themes(), chosen.source(),
          recorded.themes().seedConfidence()));
    }
    if (input != null) {
      settings = settings.withInput(input);
    }
    Progress progress = root.quiet ? Progress.NONE : root.progress;
    RunResult result = new Pipeline(progress).render(settings, from, LandscapeCommand.given(spec));
    if (!root.quiet) {
      RunSummary.print(spec.commandLine().getOut(), result, from);
    }
    return ExitCodes.OK;
  }
}
