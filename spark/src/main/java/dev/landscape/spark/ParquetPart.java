package dev.landscape.spark;

import dev.landscape.model.SavedModel;
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
  private static final List<String> TEXT = List.of("id", "title", "date_precision", "theme", "second_theme",
      "topic_label", "second_label", "status");
  private static final List<String> NUMBERS = List.of("theme_confidence", "second_theme_weight", "topic_weight",
      "second_weight");
  private static final List<String> INTEGERS = List.of("topic", "second_topic", "tokens");

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

  static MessageType schema(List<String> weights, int topics) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("id");
    b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("title");
    b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named("date");
    b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("date_precision");
    b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("theme");
    b.requiredList().requiredElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
        .named("themes");
    b.optional(PrimitiveTypeName.DOUBLE).named("theme_confidence");
    b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("second_theme");
    b.optional(PrimitiveTypeName.DOUBLE).named("second_theme_weight");
    b.optional(PrimitiveTypeName.BOOLEAN).named("mixed");
    b.optional(PrimitiveTypeName.INT32).named("topic");
    b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("topic_label");
    b.optional(PrimitiveTypeName.DOUBLE).named("topic_weight");
    b.optional(PrimitiveTypeName.INT32).named("second_topic");
    b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("second_label");
    b.optional(PrimitiveTypeName.DOUBLE).named("second_weight");
    b.required(PrimitiveTypeName.INT32).named("tokens");
    b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("status");
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
    for (String column : TEXT) {
      String value = column.equals("id") ? paper.id() : column.equals("title") ? paper.title()
          : column.equals("date_precision") ? paper.precision() : paper.cell(column);
      if (!value.isEmpty() || column.equals("title")) {
        row.add(column, value);
      }
    }
    if (paper.date() != null) {
      row.add("date", (int) paper.date().toEpochDay());
    }
    Group themes = row.addGroup("themes");
    for (String theme : paper.themes()) {
      themes.addGroup("list").add("element", theme);
    }
    for (String column : NUMBERS) {
      if (!paper.cell(column).isEmpty()) {
        row.add(column, Double.parseDouble(paper.cell(column)));
      }
    }
    for (String column : INTEGERS) {
      if (!paper.cell(column).isEmpty()) {
        row.add(column, Integer.parseInt(paper.cell(column)));
      }
    }
    if (!paper.cell("mixed").isEmpty()) {
      row.add("mixed", Boolean.parseBoolean(paper.cell("mixed")));
    }
    for (int t = 0; t < weights.size(); t++) {
      row.add(weights.get(t), paper.themeWeights()[t]);
    }
    if (paper.topics() != null) {
      for (int k = 0; k < topics; k++) {
        row.add("topic_" + k, paper.topics()[k]);
      }
    }
    writer.write(row);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
