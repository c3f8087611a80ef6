package dev.landscape.output;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.model.SavedModel;
import dev.landscape.themes.PaperThemes;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The table {@code landscape infer} writes: the columns of topic-assignments.csv, then {@code tokens} (the paper's
 * words the model knows) and {@code status} ({@code assigned}, or {@code unassignable} for a paper with no known
 * word, whose theme and topic cells stay empty rather than hold a guess). Rows stream in input order into a
 * temporary file beside the target, which {@link #commit()} renames over it, so an earlier file survives a failed
 * run whole.
 */
public final class InferredAssignments implements Closeable {
  /** The columns, as {@link AssignmentTable#PLACED} declares them. */
  public static final List<String> HEADER = AssignmentTable.PLACED.names();
  public static final String UNASSIGNABLE = AssignmentTable.UNASSIGNABLE;

  private final Rows formatter;
  private final Path target;
  private final Path temporary;
  private final CSVPrinter printer;
  private final Writer writer;
  private final boolean ownsWriter;
  private long rows;
  private boolean committed;

  private InferredAssignments(SavedModel model, CsvCells cells, Path target, Path temporary, Writer writer,
      boolean ownsWriter) throws IOException {
    this(model, cells, target, temporary, writer, ownsWriter, HEADER);
  }

  private InferredAssignments(SavedModel model, CsvCells cells, Path target, Path temporary, Writer writer,
      boolean ownsWriter, List<String> header) throws IOException {
    this.formatter = new Rows(model, cells);
    this.writer = writer;
    this.ownsWriter = ownsWriter;
    this.target = target;
    this.temporary = temporary;
    this.printer = new CSVPrinter(writer, CsvCells.format(header));
  }

  /** Writes to {@code target}, replaced on {@link #commit()}; {@code target} was checked by {@link InferenceTarget}. */
  public static InferredAssignments toFile(SavedModel model, CsvCells cells, Path target) {
    return open(model, cells, target, false, HEADER);
  }

  /**
   * The table of {@code --doc-topics}: each paper's id and its full topic distribution, {@code topic_0} to
   * {@code topic_K-1} with five decimals as a run's doc-topics.csv (empty for an unassignable paper), one row per
   * paper in the order of the assignment table; written to {@code target.table()} as {@link #toFile} or
   * {@link #toDevice} writes.
   */
  public static InferredAssignments docTopics(SavedModel model, CsvCells cells, InferenceTarget target) {
    return open(model, cells, target.table(), target.stream(), docTopicsHeader(model.topics().topicCount()));
  }

  /**
   * The table of {@code --theme-terms}: for each word of the model's vocabulary that the papers use, its id, the
   * word, its tokens in all the placed papers and in the member papers of each named theme (one column per named
   * theme, by name); written once every paper is placed, as {@link #toFile} or {@link #toDevice} writes.
   */
  public static InferredAssignments themeTerms(SavedModel model, CsvCells cells, InferenceTarget target) {
    return open(model, cells, target.table(), target.stream(), themeTermsHeader(model, cells));
  }

  /**
   * The header of a {@link #themeTerms} table of {@code model}: the named themes' names are the user's text, so they
   * get the spreadsheet guard as any corpus text does ({@code =HYPERLINK(...)} as a theme name), unless
   * {@code cells} is {@link CsvCells#RAW}.
   */
  public static List<String> themeTermsHeader(SavedModel model, CsvCells cells) {
    int named = model.learning() == null ? 0 : model.learning().specs().size();
    List<String> header = new java.util.ArrayList<>(List.of("term_id", "term", "papers"));
    for (int t = 0; t < named; t++) {
      header.add(cells.text(model.themes().get(t).name()));
    }
    return List.copyOf(header);
  }

  /**
   * Writes every row of {@code counts} (the words the papers used, by id, as {@code vocabulary} spells them) to this
   * {@link #themeTerms} table.
   */
  public void writeThemeTerms(dev.landscape.themes.MemberTerms counts, dev.landscape.text.Vocabulary vocabulary,
      CsvCells cells) {
    for (int w = 0; w < counts.words(); w++) {
      if (counts.corpus(w) == 0) {
        continue;
      }
      List<String> row = new java.util.ArrayList<>(3 + counts.themes());
      row.add(Integer.toString(w));
      row.add(cells.text(vocabulary.word(w)));
      row.add(Long.toString(counts.corpus(w)));
      for (int t = 0; t < counts.themes(); t++) {
        row.add(Long.toString(counts.theme(t, w)));
      }
      write(row);
    }
  }

  /**
   * A table of {@code header} at {@code target}: straight into it when it is a device or pipe ({@code stream}),
   * else into a temporary file beside it that {@link #commit()} renames over it.
   */
  private static InferredAssignments open(SavedModel model, CsvCells cells, Path target, boolean stream,
      List<String> header) {
    try {
      if (stream) {
        return new InferredAssignments(model, cells, target, null, new java.io.OutputStreamWriter(
            Files.newOutputStream(target, java.nio.file.StandardOpenOption.WRITE), StandardCharsets.UTF_8), true,
            header);
      }
      Path absolute = target.toAbsolutePath().normalize();
      Files.createDirectories(absolute.getParent());
      Path temporary = TemporarySibling.create(absolute);
      return new InferredAssignments(model, cells, absolute, temporary,
          Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), true, header);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + (stream ? "" : "beside ") + target + ": " + e.getMessage(),
          e);
    }
  }

  /** A row of {@link #docTopics}: the id and the proportions, or empty cells for an unassignable paper. */
  public List<String> docTopicsRow(PaperInfo paper, double[] proportions, int topics) {
    return formatter.docTopics(paper, proportions, topics);
  }

  /** The header of a {@link #docTopics} table of {@code topics} topics. */
  public static List<String> docTopicsHeader(int topics) {
    List<String> header = new ArrayList<>(List.of("id"));
    for (int k = 0; k < topics; k++) {
      header.add("topic_" + k);
    }
    return header;
  }

  /** Writes straight to a device or pipe, such as /dev/null or a FIFO, which a rename would replace. */
  public static InferredAssignments toDevice(SavedModel model, CsvCells cells, Path device) {
    return open(model, cells, device, true, HEADER);
  }

  /** Writes to {@code out} (standard output); {@link #commit()} flushes it. */
  public static InferredAssignments to(SavedModel model, CsvCells cells, Writer out) {
    try {
      return new InferredAssignments(model, cells, null, null, out, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A placed paper's primary and secondary themes, and every theme it belongs to, strongest first. */
  public record Themes(PaperThemes.Placement placement, List<Integer> members) {}

  /** The row of a paper placed on the landscape. */
  public List<String> assigned(PaperInfo paper, int tokens, double[] proportions, Themes themes) {
    return formatter.assigned(paper, tokens, proportions, themes);
  }

  /** The row of a paper with no word the model knows. */
  public List<String> unassignable(PaperInfo paper) {
    return formatter.unassignable(paper);
  }

  /**
   * The cells of a row, without a table to write it to: what each Spark task formats its papers with, so that its
   * part files hold exactly the rows {@code landscape infer} writes.
   */
  public static final class Rows {
    private final List<String> themeNames;
    private final List<String> topicLabels;
    private final CsvCells cells;

    public Rows(SavedModel model, CsvCells cells) {
      this.themeNames = model.themes().stream().map(SavedModel.ThemeName::name).toList();
      this.topicLabels = List.copyOf(model.topicLabels());
      this.cells = cells;
    }

    /** The row of a paper placed on the landscape. */
    public List<String> assigned(PaperInfo paper, int tokens, double[] proportions, Themes themes) {
      int first = -1;
      int second = -1;
      for (int k = 0; k < proportions.length; k++) {
        if (first < 0 || proportions[k] > proportions[first]) {
          second = first;
          first = k;
        } else if (second < 0 || proportions[k] > proportions[second]) {
          second = k;
        }
      }
      return cells(AssignmentTable.placed(AssignmentTable.row(paper, themes.placement(),
          themes.members().stream().map(themeNames::get).toList(), themeNames, new int[] {first, second},
          topicLabels, proportions), tokens));
    }

    /** The row of a paper with no word the model knows. */
    public List<String> unassignable(PaperInfo paper) {
      return cells(AssignmentTable.unassignable(paper));
    }

    /** A row's cells as the CSV holds them. */
    private List<String> cells(Object[] row) {
      List<String> cells = new ArrayList<>(row.length);
      List<TableSchema.Column> columns = AssignmentTable.PLACED.columns();
      for (int c = 0; c < row.length; c++) {
        cells.add(CsvSink.cell(columns.get(c), row[c], this.cells));
      }
      return cells;
    }

    /** The {@code --doc-topics} row of a paper: its id and proportions, empty cells when it is unassignable. */
    public List<String> docTopics(PaperInfo paper, double[] proportions, int topics) {
      List<String> row = new ArrayList<>(topics + 1);
      row.add(cells.text(paper.id()));
      for (int k = 0; k < topics; k++) {
        row.add(proportions == null ? "" : CsvCells.number(proportions[k], 5));
      }
      return row;
    }
  }

  public void write(List<String> row) {
    try {
      printer.printRecord(row);
      if (++rows % 4096 == 0) {
        checkStandardOutput(); // a closed or full standard output stops the work now, not after it
      }
    } catch (IOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * A PrintWriter never throws: it only remembers that a write failed (standard output closed, or /dev/full), so
   * ask it, or the command would report success with nothing written.
   */
  private void checkStandardOutput() throws IOException {
    if (writer instanceof java.io.PrintWriter out && out.checkError()) {
      throw new IOException("closed, or the disk is full");
    }
  }

  /** Finishes the table: flushed to standard output, or renamed over the target file. */
  public void commit() {
    try {
      printer.flush();
      checkStandardOutput();
      if (ownsWriter) {
        printer.close();
      }
      if (temporary != null) {
        TemporarySibling.commit(temporary, target);
      }
      committed = true;
    } catch (IOException e) {
      throw writeFailure(e);
    }
  }

  private UncheckedIOException writeFailure(IOException e) {
    return new UncheckedIOException("cannot write " + where() + (target == null ? " (" + e.getMessage() + ")"
        : ": " + e.getMessage()), e);
  }

  private String where() {
    return target == null ? "standard output" : target.toString();
  }

  /** Removes the temporary file of a run that did not commit. */
  @Override
  public void close() {
    if (ownsWriter && !committed) {
      try {
        printer.close();
      } catch (IOException e) {
        // the write already failed; removing the temporary file is what matters now
      }
    }
    if (temporary != null && !committed) {
      try {
        TemporarySibling.discard(temporary);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove temporary file " + temporary + ": " + e.getMessage(), e);
      }
    }
  }
}
