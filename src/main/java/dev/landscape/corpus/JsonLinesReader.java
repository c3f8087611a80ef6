package dev.landscape.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The arXiv metadata snapshot's JSON Lines schema: one object per line with {@code id}, {@code title},
 * {@code abstract}, {@code categories} (space separated), {@code versions[].created} and {@code update_date}.
 *
 * <p>The date is the first version's {@code created} (when the paper first appeared), else {@code update_date}.
 * Field names can be changed with the column options, for JSON Lines from other sources.
 */
final class JsonLinesReader implements RecordReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final LineSource lines;
  private final String idField;
  private final String textField;
  private final String titleField;
  private final String categoriesField;
  private final String dateField;

  JsonLinesReader(LineSource lines, ReadOptions.Columns chosen) {
    this.lines = lines;
    this.idField = ColumnResolver.jsonField(chosen.id(), ColumnResolver.ID_NAMES);
    this.textField = ColumnResolver.jsonField(chosen.text(), ColumnResolver.TEXT_NAMES);
    this.titleField = ColumnResolver.jsonField(chosen.title(), ColumnResolver.TITLE_NAMES);
    this.categoriesField = ColumnResolver.jsonField(chosen.categories(), ColumnResolver.CATEGORY_NAMES);
    this.dateField = chosen.date();
  }

  @Override
  public RawRecord next() throws RecordFaultException {
    String line = lines.readLine();
    while (line != null && line.isBlank()) {
      line = lines.readLine();
    }
    if (line == null) {
      return null;
    }
    long number = lines.lineNumber();
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new RecordFaultException(RecordFault.MALFORMED, number,
          "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (node == null || !node.isObject()) {
      throw new RecordFaultException(RecordFault.MALFORMED, number, "expected a JSON object");
    }
    String id = text(node, idField, number);
    String abstractText = text(node, textField, number);
    if (abstractText == null && node.has(textField) == false) {
      throw new RecordFaultException(RecordFault.MISSING_ABSTRACT, number, "missing field \"" + textField + "\"");
    }
    return new RawRecord(number, id, text(node, titleField, number), abstractText,
        text(node, categoriesField, number), date(node, number));
  }

  private String date(JsonNode node, long number) throws RecordFaultException {
    if (dateField != null) {
      return text(node, dateField, number);
    }
    JsonNode versions = node.get("versions");
    if (versions != null && versions.isArray() && !versions.isEmpty()) {
      JsonNode first = versions.get(0);
      for (JsonNode version : versions) {
        if ("v1".equals(version.path("version").asText())) {
          first = version;
        }
      }
      JsonNode created = first.get("created");
      if (created != null && created.isTextual()) {
        return created.asText();
      }
    }
    return text(node, "update_date", number);
  }

  /** A string field; null when absent or JSON null; a fault when it holds another type. */
  private static String text(JsonNode node, String field, long number) throws RecordFaultException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new RecordFaultException(RecordFault.MALFORMED, number,
          "field \"" + field + "\" must be a string, found " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return value.asText();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
