package dev.landscape.cli;

import dev.landscape.io.InputException;
import dev.landscape.io.BoundedReader;
import dev.landscape.io.SmallFiles;
import dev.landscape.quality.Coherence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code landscape coherence}: scores any topics on any tokenized texts, so that topics from other tools can be
 * compared with ours, and ours checked by anyone.
 */
@Command(
    name = "coherence",
    mixinStandardHelpOptions = true,
    versionProvider = LandscapeCommand.VersionProvider.class,
    description = {"Score topics by coherence (c_npmi, u_mass, c_uci, c_v, as gensim's CoherenceModel defines them) "
        + "on tokenized texts, and print CSV: topic,c_npmi,u_mass,c_uci,c_v, one row per topic; the means go to "
        + "standard error (not with -q), so that the CSV holds only data."},
    footer = ExitCodes.HELP,
    showDefaultValues = true)
final class CoherenceCommand implements Callable<Integer> {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @CommandLine.ParentCommand
  LandscapeCommand root;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--texts", paramLabel = "FILE", required = true,
      description = "Reference texts, one document per line, tokens separated by spaces (UTF-8).")
  Path texts;

  @Option(names = "--topics", paramLabel = "FILE", required = true,
      description = "Topics, one per line, words best first, separated by spaces.")
  Path topics;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "Words of each topic to score (gensim's topn); longer topics are cut.")
  int top;

  @Override
  public Integer call() throws IOException {
    if (top < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 2, found " + top);
    }
    List<List<String>> topicWords = readTopics();
    Coherence coherence = new Coherence(topicWords);
    // Texts stream by: only their lines are bounded. Topics are a short list, read whole.
    SmallFiles.lines(texts, BoundedReader.DEFAULT_LIMIT, Long.MAX_VALUE, (line, number) -> coherence.addText(
        line.isBlank() ? List.of() : Arrays.asList(SPACES.split(line.strip()))));
    List<String> unknown = coherence.unknownWords();
    if (!unknown.isEmpty()) {
      throw new InputException(topics + ": " + unknown.size() + " topic words occur in no text of " + texts + ": "
          + String.join(", ", unknown.subList(0, Math.min(10, unknown.size()))));
    }
    List<Coherence.Scores> scores = coherence.scores();
    print(spec.commandLine().getOut(), scores);
    if (!root.quiet) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(java.util.Locale.ROOT, "Mean over %d %s: c_npmi %.4f, u_mass %.4f, c_uci %.4f, c_v %.4f%n",
          scores.size(), scores.size() == 1 ? "topic" : "topics",
          scores.stream().mapToDouble(Coherence.Scores::npmi).average().orElse(Double.NaN),
          scores.stream().mapToDouble(Coherence.Scores::uMass).average().orElse(Double.NaN),
          scores.stream().mapToDouble(Coherence.Scores::uci).average().orElse(Double.NaN),
          scores.stream().mapToDouble(Coherence.Scores::cv).average().orElse(Double.NaN));
      err.flush();
    }
    return ExitCodes.OK;
  }

  private List<List<String>> readTopics() {
    List<List<String>> topicWords = new ArrayList<>();
    SmallFiles.lines(topics, SmallFiles.MAX_LINE, SmallFiles.MAX_BYTES, (line, number) -> {
      if (line.isBlank()) {
        return;
      }
      List<String> words = Arrays.asList(SPACES.split(line.strip()));
      if (words.size() < 2) {
        throw InputException.at(topics.toString(), number, "a topic needs at least 2 words");
      }
      if (words.stream().distinct().count() != words.size()) {
        throw InputException.at(topics.toString(), number, "a word appears twice in the topic");
      }
      topicWords.add(words.subList(0, Math.min(top, words.size())));
    });
    if (topicWords.isEmpty()) {
      throw InputException.at(topics.toString(), 0, "holds no topic");
    }
    return topicWords;
  }

  private static void print(PrintWriter out, List<Coherence.Scores> scores) throws IOException {
    CSVPrinter printer = new CSVPrinter(out,
        dev.landscape.output.CsvCells.format(List.of("topic", "c_npmi", "u_mass", "c_uci", "c_v")));
    for (int t = 0; t < scores.size(); t++) {
      Coherence.Scores s = scores.get(t);
      printer.printRecord(t, s.npmi(), s.uMass(), s.uci(), s.cv());
    }
    printer.flush();
    Main.checkWritten(out);
  }
}
