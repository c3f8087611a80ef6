package dev.landscape.spark;

import dev.landscape.model.SavedModel;
import dev.landscape.output.CsvCells;
import dev.landscape.output.InferredAssignments;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The per-paper tables the job writes: CSV part files in {@code landscape infer}'s columns, written by each task with
 * the same CSV printer infer uses (so a row is byte for byte infer's), and a Parquet table of typed columns
 * ({@link ParquetPart}).
 */
final class AssignmentTables {
  private AssignmentTables() {}

  /**
   * Writes the placed papers of one partition as {@code csv/part-NNNNN.csv}, {@code doc-topics/part-NNNNN.csv}
   * (the rows of {@code landscape infer --doc-topics}) and {@code parquet/part-NNNNN.parquet} under {@code dir}, in
   * one pass, handing each placed paper to {@code also} and every other item to
   * {@code rest}; a retried task rewrites both files whole.
   */
  static void writePart(Iterator<Placement.Out> papers, String dir, int partition, HadoopConf conf,
      SavedModel model, java.util.function.Consumer<Placement.Placed> also,
      java.util.function.Consumer<Placement.Out> rest) throws IOException {
    String part = String.format(Locale.ROOT, "part-%05d.csv", partition);
    Path file = new Path(dir + "/csv", part);
    Path topicsFile = new Path(dir + "/doc-topics", part);
    FileSystem fs = file.getFileSystem(conf.get());
    try (Writer out = new OutputStreamWriter(fs.create(file, true), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, CsvCells.format(InferredAssignments.HEADER));
        Writer topicsOut = new OutputStreamWriter(fs.create(topicsFile, true), StandardCharsets.UTF_8);
        CSVPrinter topics = new CSVPrinter(topicsOut, CsvCells.format(InferredAssignments.docTopicsHeader(
            model.topics().topicCount())));
        ParquetPart parquet = new ParquetPart(dir + "/parquet", partition, conf, model)) {
      while (papers.hasNext()) {
        Placement.Out next = papers.next();
        if (next instanceof Placement.Placed placed) {
          printer.printRecord(placed.paper().csv().row());
          topics.printRecord(placed.paper().csv().distribution());
          parquet.write(placed.paper());
          also.accept(placed);
        } else {
          rest.accept(next);
        }
      }
    }
  }

  /**
   * A column per theme: {@code weight_} and the theme's name in lower case, other characters as {@code _}
   * ("Parameter-efficient fine-tuning": {@code weight_parameter_efficient_fine_tuning}); a name taken twice gets
   * the theme's number.
   */
  static List<String> weightColumns(SavedModel model) {
    Set<String> taken = new LinkedHashSet<>();
    for (int t = 0; t < model.themes().size(); t++) {
      String slug = model.themes().get(t).name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
          .replaceAll("^_|_$", "");
      String column = "weight_" + (slug.isEmpty() ? "theme" : slug);
      taken.add(taken.contains(column) ? column + "_" + t : column);
    }
    return new ArrayList<>(taken);
  }
}
