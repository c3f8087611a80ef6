package dev.landscape.output;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.quality.QualityReport;
import dev.landscape.quality.TopicQuality;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.themes.PaperThemes;
import dev.landscape.themes.ThemeResult;
import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicDescriber;
import dev.landscape.topics.TopicModel;
import dev.landscape.topics.WordWeight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV tables of a run. Rows stream straight to disk in corpus order; numbers use fixed decimals and
 * {@code Locale.ROOT}, so the same model always gives the same bytes.
 */
public final class CsvTables {
  public static final String ASSIGNMENTS = "topic-assignments.csv";
  public static final String TOPICS = "topics.csv";
  public static final String DOC_TOPICS = "doc-topics.csv";
  /** topics.csv's packed top words as a long table, one row per topic and term, for pandas and spreadsheets. */
  public static final String TOPIC_TERMS = "topic-terms.csv";

  /** Separates words (and their weights) inside one cell; a phrase may contain spaces, never "; ". */
  public static final String LIST_SEPARATOR = "; ";

  private final PreparedCorpus corpus;
  private final TopicModel model;
  private final List<Topic> topics;
  private final QualityReport quality;
  private final ThemeResult themes;
  private final CsvCells cells;

  public CsvTables(PreparedCorpus corpus, TopicModel model, List<Topic> topics, QualityReport quality,
      ThemeResult themes, CsvCells cells) {
    this.cells = cells;
    this.corpus = corpus;
    this.model = model;
    this.topics = List.copyOf(topics);
    this.quality = quality;
    this.themes = themes;
  }

  /** Writes every table into {@code dir}; returns the file names written. */
  public List<String> writeAll(Path dir) {
    writeAssignments(dir.resolve(ASSIGNMENTS));
    writeTopics(dir.resolve(TOPICS));
    writeTopicTerms(dir.resolve(TOPIC_TERMS));
    writeDocTopics(dir.resolve(DOC_TOPICS));
    return List.of(ASSIGNMENTS, TOPICS, TOPIC_TERMS, DOC_TOPICS);
  }

  /** One row per paper: its primary and secondary themes, and its two largest topics. */
  void writeAssignments(Path file) {
    PaperThemes assigned = themes.papers();
    write(file, List.of("id", "title", "date", "theme", "themes", "theme_confidence", "second_theme",
        "second_theme_weight",
        "mixed", "topic", "topic_label", "topic_weight", "second_topic", "second_label", "second_weight"),
        printer -> {
          for (int d = 0; d < model.documentCount(); d++) {
            PaperInfo paper = corpus.papers().get(d);
            int[] leading = TopicDescriber.leading(model, d, 2);
            int first = leading[0];
            int second = leading[1];
            int secondTheme = assigned.secondary(d);
            printer.printRecord(cells.text(paper.id()), cells.text(paper.title()), cells.text(paper.dateText()),
                cells.text(themeName(assigned.primary(d))),
                cells.text(String.join("; ", assigned.themesOf(d).stream().map(this::themeName).toList())),
                CsvCells.number(assigned.confidence(d), 4),
                cells.text(secondTheme < 0 ? "" : themeName(secondTheme)),
                CsvCells.number(assigned.secondaryWeight(d), 4), assigned.mixed(d),
                first, cells.text(topics.get(first).label()), CsvCells.number(model.proportion(d, first), 4),
                second, cells.text(topics.get(second).label()), CsvCells.number(model.proportion(d, second), 4));
          }
        });
  }

  private String themeName(int theme) {
    return themes.themes().get(theme).name();
  }

  /** One row per topic, with its quality. */
  void writeTopics(Path file) {
    write(file, List.of("topic", "label", "theme", "theme_seed_share", "theme_seed_lift", "top_words",
        "top_weights", "token_share", "papers", "alpha", "c_npmi", "u_mass", "c_uci", "c_v", "exclusivity",
        "effective_words", "flags", "flag_reasons"), printer -> {
      for (Topic topic : topics) {
        TopicQuality q = quality.topics().get(topic.id());
        List<String> words = new ArrayList<>();
        List<String> weights = new ArrayList<>();
        for (WordWeight word : topic.topWords()) {
          words.add(word.word());
          weights.add(CsvCells.number(word.weight(), 5));
        }
        printer.printRecord(topic.id(), cells.text(topic.label()),
            cells.text(themes.themeOfTopic(topic.id()).name()),
            CsvCells.number(themes.mapping().seedMass()[topic.id()], 4),
            CsvCells.number(themes.mapping().lift()[topic.id()], 2),
            cells.text(String.join(LIST_SEPARATOR, words)), String.join(LIST_SEPARATOR, weights),
            CsvCells.number(topic.tokenShare(), 4), topic.dominantPapers(), CsvCells.number(topic.alpha(), 5),
            CsvCells.number(q.coherence().npmi(), 4), CsvCells.number(q.coherence().uMass(), 4),
            CsvCells.number(q.coherence().uci(), 4), CsvCells.number(q.coherence().cv(), 4),
            CsvCells.number(q.exclusivity(), 4), CsvCells.number(q.effectiveWords(), 1),
            String.join(LIST_SEPARATOR, q.flags()), cells.text(String.join(LIST_SEPARATOR, q.reasons())));
      }
    });
  }

  /** Each topic's top words in order, with their probability in the topic: topics.csv's lists, one row each. */
  void writeTopicTerms(Path file) {
    write(file, List.of("topic", "rank", "term", "weight"), printer -> {
      for (Topic topic : topics) {
        int rank = 1;
        for (WordWeight word : topic.topWords()) {
          printer.printRecord(topic.id(), rank++, cells.text(word.word()), CsvCells.number(word.weight(), 5));
        }
      }
    });
  }

  /** The full paper-by-topic matrix. */
  void writeDocTopics(Path file) {
    List<String> header = new ArrayList<>();
    header.add("id");
    for (int k = 0; k < model.topicCount(); k++) {
      header.add("topic_" + k);
    }
    write(file, header, printer -> {
      List<String> row = new ArrayList<>(header.size());
      for (int d = 0; d < model.documentCount(); d++) {
        row.clear();
        row.add(cells.text(corpus.papers().get(d).id()));
        for (int k = 0; k < model.topicCount(); k++) {
          row.add(CsvCells.number(model.proportion(d, k), 5));
        }
        printer.printRecord(row);
      }
    });
  }

  /** Writes rows through a CSV printer; unix line ends, RFC 4180 quoting. */
  public static void write(Path file, List<String> header, Rows rows) {
    CSVFormat format = CsvCells.format(header);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, format)) {
      rows.print(printer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** Prints the rows of one table. */
  @FunctionalInterface
  public interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }
}
