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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The per-paper tables the job writes: CSV part files in {@code landscape infer}'s columns, written by each task with
 * the same CSV printer infer uses (so a row is byte for byte infer's), and a Parquet table of typed columns.
 */
final class AssignmentTables {
  private AssignmentTables() {}

  /**
   * Writes the placed papers of one partition as {@code dir/part-NNNNN.csv}, handing each to {@code also} as it
   * goes; a retried task rewrites the file whole.
   */
  static void writeCsvPart(Iterator<Placement.Out> papers, String dir, int partition, HadoopConf conf,
      java.util.function.Consumer<Placement.Placed> also) throws IOException {
    Path file = new Path(dir, String.format(Locale.ROOT, "part-%05d.csv", partition));
    FileSystem fs = file.getFileSystem(conf.get());
    try (Writer out = new OutputStreamWriter(fs.create(file, true), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, CsvCells.format(InferredAssignments.HEADER))) {
      while (papers.hasNext()) {
        if (papers.next() instanceof Placement.Placed placed) {
          printer.printRecord(placed.paper().row());
          also.accept(placed);
        }
      }
    }
  }

  /** The Parquet schema: infer's columns typed, then a weight per theme and the topic distribution. */
  static StructType schema(SavedModel model) {
    List<StructField> fields = new ArrayList<>(List.of(
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("title", DataTypes.StringType, false),
        DataTypes.createStructField("date", DataTypes.DateType, true),
        DataTypes.createStructField("date_precision", DataTypes.StringType, false),
        DataTypes.createStructField("theme", DataTypes.StringType, true),
        DataTypes.createStructField("themes", DataTypes.createArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("theme_confidence", DataTypes.DoubleType, true),
        DataTypes.createStructField("second_theme", DataTypes.StringType, true),
        DataTypes.createStructField("second_theme_weight", DataTypes.DoubleType, true),
        DataTypes.createStructField("mixed", DataTypes.BooleanType, true),
        DataTypes.createStructField("topic", DataTypes.IntegerType, true),
        DataTypes.createStructField("topic_label", DataTypes.StringType, true),
        DataTypes.createStructField("topic_weight", DataTypes.DoubleType, true),
        DataTypes.createStructField("second_topic", DataTypes.IntegerType, true),
        DataTypes.createStructField("second_label", DataTypes.StringType, true),
        DataTypes.createStructField("second_weight", DataTypes.DoubleType, true),
        DataTypes.createStructField("tokens", DataTypes.IntegerType, false),
        DataTypes.createStructField("status", DataTypes.StringType, false)));
    for (String column : weightColumns(model)) {
      fields.add(DataTypes.createStructField(column, DataTypes.DoubleType, false));
    }
    fields.add(DataTypes.createStructField("topic_proportions", DataTypes.createArrayType(DataTypes.DoubleType,
        false), true));
    return DataTypes.createStructType(fields);
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

  /** The Parquet row of a placed paper. */
  static Row row(PlacedPaper paper) {
    List<Object> values = new ArrayList<>();
    values.add(paper.id());
    values.add(paper.title());
    values.add(paper.date() == null ? null : java.sql.Date.valueOf(paper.date()));
    values.add(paper.precision());
    boolean assigned = paper.topics() != null;
    values.add(assigned ? paper.cell("theme") : null);
    values.add(paper.themes().toArray(String[]::new));
    values.add(number(paper.cell("theme_confidence")));
    values.add(text(paper.cell("second_theme")));
    values.add(number(paper.cell("second_theme_weight")));
    values.add(assigned ? Boolean.valueOf(paper.cell("mixed")) : null);
    values.add(integer(paper.cell("topic")));
    values.add(text(paper.cell("topic_label")));
    values.add(number(paper.cell("topic_weight")));
    values.add(integer(paper.cell("second_topic")));
    values.add(text(paper.cell("second_label")));
    values.add(number(paper.cell("second_weight")));
    values.add(Integer.valueOf(paper.cell("tokens")));
    values.add(paper.cell("status"));
    for (double w : paper.themeWeights()) {
      values.add(w);
    }
    values.add(assigned ? java.util.Arrays.stream(paper.topics()).boxed().toArray(Double[]::new) : null);
    return RowFactory.create(values.toArray());
  }

  private static String text(String cell) {
    return cell.isEmpty() ? null : cell;
  }

  private static Double number(String cell) {
    return cell.isEmpty() ? null : Double.valueOf(cell);
  }

  private static Integer integer(String cell) {
    return cell.isEmpty() ? null : Integer.valueOf(cell);
  }
}
