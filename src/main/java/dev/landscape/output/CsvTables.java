package dev.landscape.output;

import static dev.landscape.output.TableSchema.Column.decimal;
import static dev.landscape.output.TableSchema.Column.integer;
import static dev.landscape.output.TableSchema.Column.text;

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
 * The model's tables of a run: topic-assignments.csv, topics.csv, topic-terms.csv and doc-topics.csv, each row
 * written once to every sink of {@link Tables}. Rows stream in corpus order; numbers use fixed decimals and
 * {@code Locale.ROOT}, so the same model always gives the same bytes.
 */
public final class CsvTables {
  public static final String ASSIGNMENTS = AssignmentTable.RUN.file();
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

  public CsvTables(PreparedCorpus corpus, TopicModel model, List<Topic> topics, QualityReport quality,
      ThemeResult themes) {
    this.corpus = corpus;
    this.model = model;
    this.topics = List.copyOf(topics);
    this.quality = quality;
    this.themes = themes;
  }

  /** Writes every table into {@code tables}. */
  public void writeAll(Tables tables) {
    writeAssignments(tables);
    writeTopics(tables);
    writeTopicTerms(tables);
    writeDocTopics(tables);
  }

  /** One row per paper: its primary and secondary themes, and its two largest topics. */
  void writeAssignments(Tables tables) {
    PaperThemes assigned = themes.papers();
    List<String> names = themes.themes().stream().map(t -> t.name()).toList();
    List<String> labels = topics.stream().map(Topic::label).toList();
    double[] proportions = new double[model.topicCount()];
    try (RowSink rows = tables.open(AssignmentTable.RUN, model.documentCount())) {
      for (int d = 0; d < model.documentCount(); d++) {
        for (int k = 0; k < proportions.length; k++) {
          proportions[k] = model.proportion(d, k);
        }
        PaperThemes.Placement placement = new PaperThemes.Placement(assigned.primary(d), assigned.confidence(d),
            assigned.secondary(d), assigned.secondaryWeight(d));
        rows.row(AssignmentTable.row(corpus.papers().get(d), placement,
            assigned.themesOf(d).stream().map(names::get).toList(), names, TopicDescriber.leading(model, d, 2),
            labels, proportions));
      }
    }
  }

  /** One row per topic, with its quality. */
  void writeTopics(Tables tables) {
    TableSchema schema = TableSchema.of(TOPICS, "topics", "each topic: label, theme, shares, coherence, flags",
        integer("topic"), text("label"), text("theme"), decimal("theme_seed_share", 4),
        decimal("theme_seed_lift", 2), text("top_words"), text("top_weights"), decimal("token_share", 4),
        integer("papers"), decimal("alpha", 5), decimal("c_npmi", 4), decimal("u_mass", 4), decimal("c_uci", 4),
        decimal("c_v", 4), decimal("exclusivity", 4), decimal("effective_words", 1), text("flags"),
        text("flag_reasons"));
    try (RowSink rows = tables.open(schema, topics.size())) {
      for (Topic topic : topics) {
        TopicQuality q = quality.topics().get(topic.id());
        List<String> words = new ArrayList<>();
        List<String> weights = new ArrayList<>();
        for (WordWeight word : topic.topWords()) {
          words.add(word.word());
          weights.add(CsvCells.number(word.weight(), 5));
        }
        rows.row(topic.id(), topic.label(), themes.themeOfTopic(topic.id()).name(),
            themes.mapping().seedMass()[topic.id()], themes.mapping().lift()[topic.id()],
            String.join(LIST_SEPARATOR, words), String.join(LIST_SEPARATOR, weights),
            topic.tokenShare(), topic.dominantPapers(), topic.alpha(), q.coherence().npmi(), q.coherence().uMass(),
            q.coherence().uci(), q.coherence().cv(), q.exclusivity(), q.effectiveWords(),
            String.join(LIST_SEPARATOR, q.flags()), String.join(LIST_SEPARATOR, q.reasons()));
      }
    }
  }

  /** Each topic's top words in order, with their probability in the topic: topics.csv's lists, one row each. */
  void writeTopicTerms(Tables tables) {
    TableSchema schema = TableSchema.of(TOPIC_TERMS, "topic-terms", "each topic's top words, one row per word",
        integer("topic"), integer("rank"), text("term"), decimal("weight", 5));
    long count = topics.stream().mapToLong(t -> t.topWords().size()).sum();
    try (RowSink rows = tables.open(schema, count)) {
      for (Topic topic : topics) {
        int rank = 1;
        for (WordWeight word : topic.topWords()) {
          rows.row(topic.id(), rank++, word.word(), word.weight());
        }
      }
    }
  }

  /** The full paper-by-topic matrix. */
  void writeDocTopics(Tables tables) {
    try (RowSink rows = tables.open(docTopics(model.topicCount()), model.documentCount(), true)) {
      Object[] row = new Object[model.topicCount() + 1];
      for (int d = 0; d < model.documentCount(); d++) {
        row[0] = corpus.papers().get(d).id();
        for (int k = 0; k < model.topicCount(); k++) {
          row[k + 1] = model.proportion(d, k);
        }
        rows.row(row);
      }
    }
  }

  /** doc-topics.csv of {@code topics} topics: the id, then {@code topic_0} ... with five decimals. */
  public static TableSchema docTopics(int topics) {
    List<TableSchema.Column> columns = new ArrayList<>(List.of(text("id")));
    for (int k = 0; k < topics; k++) {
      columns.add(decimal("topic_" + k, 5));
    }
    return new TableSchema(DOC_TOPICS, "doc-topics", "each paper's full topic distribution", columns);
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
