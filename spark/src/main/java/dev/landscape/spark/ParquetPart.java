package dev.landscape.spark;

import dev.landscape.model.SavedModel;
import dev.landscape.output.AssignmentTable;
import dev.landscape.output.CsvTables;
import dev.landscape.output.TableSchema;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * One partition's Parquet file, {@code dir/part-NNNNN.parquet}, written by the task that places the partition's
 * papers as it writes their CSV part (the papers are not kept for a second pass): infer's columns typed, a weight per
 * theme ({@link AssignmentTables#weightColumns}) and the topic distribution, {@code topic_0} to {@code topic_K-1}
 * (empty for an unassignable paper). Spark reads the folder as one table (tested); so can any Parquet reader.
 */
final class ParquetPart implements Closeable {
  /** The columns of a paper's row, typed as {@link AssignmentTable} declares them. */
  private static final List<TableSchema.Column> COLUMNS = AssignmentTable.PLACED.columns();

  private final ParquetWriter<Group> writer;
  private final SimpleGroupFactory rows;
  private final List<String> weights;
  private final int topics;

  ParquetPart(String dir, int partition, HadoopConf conf, SavedModel model) throws IOException {
    this.weights = AssignmentTables.weightColumns(model);
    this.topics = model.topics().topicCount();
    MessageType schema = schema(weights, topics);
    this.rows = new SimpleGroupFactory(schema);
    Path file = new Path(dir, String.format(Locale.ROOT, "part-%05d.parquet", partition));
    this.writer = ExampleParquetWriter.builder(HadoopOutputFile.fromPath(file, conf.get())).withType(schema)
        .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build();
  }

  /**
   * The Parquet schema: each column of {@link AssignmentTable#PLACED} by its kind (the id, title and status always
   * there; a date as a date, with its precision beside it; a list as a list of strings), then a weight per theme and
   * the topic distribution.
   */
  static MessageType schema(List<String> weights, int topics) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (TableSchema.Column column : COLUMNS) {
      String name = column.name();
      boolean required = name.equals("id") || name.equals("title") || name.equals("status")
          || name.equals("tokens");
      if (name.equals("date")) {
        b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named("date");
        b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("date_precision");
        continue;
      }
      switch (column.kind()) {
        case TEXT -> (required ? b.required(PrimitiveTypeName.BINARY) : b.optional(PrimitiveTypeName.BINARY))
            .as(LogicalTypeAnnotation.stringType()).named(name);
        case LIST -> b.requiredList().requiredElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
            .named(name);
        case INTEGER -> (required ? b.required(PrimitiveTypeName.INT32) : b.optional(PrimitiveTypeName.INT32))
            .named(name);
        case DECIMAL, SIGNIFICANT -> b.optional(PrimitiveTypeName.DOUBLE).named(name);
        case BOOLEAN -> b.optional(PrimitiveTypeName.BOOLEAN).named(name);
      }
    }
    for (String weight : weights) {
      b.required(PrimitiveTypeName.DOUBLE).named(weight);
    }
    for (int k = 0; k < topics; k++) {
      b.optional(PrimitiveTypeName.DOUBLE).named("topic_" + k);
    }
    return b.named("assignment");
  }

  void write(PlacedPaper paper) throws IOException {
    Group row = rows.newGroup();
    for (TableSchema.Column column : COLUMNS) {
      String name = column.name();
      if (name.equals("date")) {
        if (paper.values().date() != null) {
          row.add("date", (int) paper.values().date().toEpochDay());
        }
        row.add("date_precision", paper.values().precision());
        continue;
      }
      String value = name.equals("id") ? paper.id() : name.equals("title") ? paper.title() : paper.cell(name);
      switch (column.kind()) {
        case TEXT -> {
          if (!value.isEmpty() || name.equals("title")) {
            row.add(name, value);
          }
        }
        case LIST -> {
          Group list = row.addGroup(name);
          // The themes as they are (the row's cell may be neutralized for spreadsheets); any other list from its cell.
          List<String> items = name.equals("themes") ? paper.values().themes() : value.isEmpty() ? List.of()
              : List.of(value.split(java.util.regex.Pattern.quote(CsvTables.LIST_SEPARATOR)));
          for (String item : items) {
            list.addGroup("list").add("element", item);
          }
        }
        case INTEGER -> {
          if (!value.isEmpty()) {
            row.add(name, Integer.parseInt(value));
          }
        }
        case DECIMAL, SIGNIFICANT -> {
          if (!value.isEmpty()) {
            row.add(name, Double.parseDouble(value));
          }
        }
        case BOOLEAN -> {
          if (!value.isEmpty()) {
            row.add(name, Boolean.parseBoolean(value));
          }
        }
      }
    }
    for (int t = 0; t < weights.size(); t++) {
      row.add(weights.get(t), paper.values().themeWeights()[t]);
    }
    if (paper.values().topics() != null) {
      for (int k = 0; k < topics; k++) {
        row.add("topic_" + k, paper.values().topics()[k]);
      }
    }
    writer.write(row);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
