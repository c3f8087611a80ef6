package dev.landscape.cli;

import dev.landscape.corpus.InputException;
import dev.landscape.quality.Coherence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
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
        + "on tokenized texts, and print CSV: topic,c_npmi,u_mass,c_uci,c_v, one row per topic, then a row 'mean'."},
    footer = ExitCodes.HELP,
    showDefaultValues = true)
final class CoherenceCommand implements Callable<Integer> {
  private static final Pattern SPACES = Pattern.compile("\\s+");

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
    forEachLine(texts, (line, number) -> coherence.addText(line.isBlank()
        ? List.of() : Arrays.asList(SPACES.split(line.strip()))));
    List<String> unknown = coherence.unknownWords();
    if (!unknown.isEmpty()) {
      throw new InputException(topics + ": " + unknown.size() + " topic words occur in no text of " + texts + ": "
          + String.join(", ", unknown.subList(0, Math.min(10, unknown.size()))));
    }
    print(spec.commandLine().getOut(), coherence.scores());
    return ExitCodes.OK;
  }

  private List<List<String>> readTopics() {
    List<List<String>> topicWords = new ArrayList<>();
    forEachLine(topics, (line, number) -> {
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
        CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader("topic", "c_npmi", "u_mass", "c_uci", "c_v").get());
    double[] sums = new double[4];
    for (int t = 0; t < scores.size(); t++) {
      Coherence.Scores s = scores.get(t);
      printer.printRecord(t, s.npmi(), s.uMass(), s.uci(), s.cv());
      sums[0] += s.npmi();
      sums[1] += s.uMass();
      sums[2] += s.uci();
      sums[3] += s.cv();
    }
    int n = scores.size();
    printer.printRecord("mean", sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n);
    printer.flush();
    Main.checkWritten(out);
  }

  /** Receives one line of a file and its number. */
  private interface LineHandler {
    void line(String line, long number);
  }

  private static void forEachLine(Path file, LineHandler handler) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    long number = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        handler.line(++number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line, number);
      }
    } catch (NoSuchFileException e) {
      throw InputException.at(file.toString(), 0, "no such file");
    } catch (CharacterCodingException e) {
      throw InputException.at(file.toString(), number + 1, "invalid UTF-8");
    } catch (IOException e) {
      throw InputException.at(file.toString(), 0, "cannot be read: " + e.getMessage());
    }
  }
}
