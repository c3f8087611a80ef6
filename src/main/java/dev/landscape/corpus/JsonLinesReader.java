package dev.landscape.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/**
 * The arXiv metadata snapshot's JSON Lines schema: one object per line with {@code id}, {@code title},
 * {@code abstract}, {@code categories} (space separated), {@code versions[].created} and {@code update_date}.
 *
 * <p>The date is the first version's {@code created} (when the paper first appeared), else {@code update_date}.
 * Field names can be changed with the column options, for JSON Lines from other sources.
 */
final class JsonLinesReader implements RecordReader {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final LineSource lines;
  /** The names each field may have: the one chosen with an option, else the usual ones, best first. */
  private final List<String> idNames;
  private final List<String> textNames;
  private final List<String> titleNames;
  private final List<String> categoryNames;
  private final String dateField;

  JsonLinesReader(LineSource lines, ReadOptions.Columns chosen) {
    this.lines = lines;
    this.idNames = ColumnResolver.jsonFields(chosen.id(), ColumnResolver.ID_NAMES);
    this.textNames = ColumnResolver.jsonFields(chosen.text(), ColumnResolver.TEXT_NAMES);
    this.titleNames = ColumnResolver.jsonFields(chosen.title(), ColumnResolver.TITLE_NAMES);
    this.categoryNames = ColumnResolver.jsonFields(chosen.categories(), ColumnResolver.CATEGORY_NAMES);
    this.dateField = chosen.date();
  }

  @Override
  public RawRecord next() throws RecordFaultException {
    String line = nextLine();
    return line == null ? null : parse(line, lines.lineNumber());
  }

  /** The next non-blank line, unparsed, or null at the end; its number is {@link #lineNumber()}. */
  String nextLine() {
    String line = lines.readLine();
    while (line != null && line.isBlank()) {
      line = lines.readLine();
    }
    return line;
  }

  long lineNumber() {
    return lines.lineNumber();
  }

  /** Parses one line; safe to call from any thread, so that lines can be parsed in parallel. */
  RawRecord parse(String line, long number) throws RecordFaultException {
    try (JsonParser parser = FACTORY.createParser(line)) {
      return parse(parser, number);
    } catch (JsonProcessingException e) {
      throw new RecordFaultException(RecordFault.MALFORMED, number,
          "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new RecordFaultException(RecordFault.MALFORMED, number, "invalid JSON: " + e.getMessage());
    }
  }

  /**
   * Reads one object with the streaming parser, keeping only the fields we use and skipping the rest (authors,
   * comments, ...) without building them: several times faster than a tree.
   */
  private RawRecord parse(JsonParser parser, long number) throws IOException, RecordFaultException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new RecordFaultException(RecordFault.MALFORMED, number, "expected a JSON object");
    }
    String id = null;
    String title = null;
    String abstractText = null;
    String categories = null;
    String chosenDate = null;
    String firstCreated = null;
    String updateDate = null;
    boolean hasText = false;
    boolean hasChosenDate = false;
    // Per field, the rank of the name it was found under (its place in the list of names): a record with both
    // "id" and "arxiv_id" takes "id", whatever their order.
    int idRank = Integer.MAX_VALUE;
    int textRank = Integer.MAX_VALUE;
    int titleRank = Integer.MAX_VALUE;
    int categoryRank = Integer.MAX_VALUE;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      int rank;
      if ((rank = rank(field, idNames)) >= 0) {
        if (rank < idRank) {
          id = text(parser, value, field, number);
          idRank = rank;
        } else {
          duplicate(rank == idRank, field, number, parser);
        }
      } else if ((rank = rank(field, textNames)) >= 0) {
        if (rank < textRank) {
          hasText = true;
          abstractText = text(parser, value, field, number);
          textRank = rank;
        } else {
          duplicate(rank == textRank, field, number, parser);
        }
      } else if ((rank = rank(field, titleNames)) >= 0) {
        if (rank < titleRank) {
          title = text(parser, value, field, number);
          titleRank = rank;
        } else {
          duplicate(rank == titleRank, field, number, parser);
        }
      } else if ((rank = rank(field, categoryNames)) >= 0) {
        if (rank < categoryRank) {
          categories = text(parser, value, field, number);
          categoryRank = rank;
        } else {
          duplicate(rank == categoryRank, field, number, parser);
        }
      } else if (dateField != null && field.equalsIgnoreCase(dateField)) {
        if (hasChosenDate) {
          duplicate(true, field, number, parser);
        }
        chosenDate = dateText(parser, value);
        hasChosenDate = true;
      } else if (dateField == null && field.equals("versions") && value == JsonToken.START_ARRAY) {
        firstCreated = firstVersionCreated(parser);
      } else if (dateField == null && field.equals("update_date")) {
        updateDate = dateText(parser, value);
      } else {
        parser.skipChildren();
      }
    }
    if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
      throw new RecordFaultException(RecordFault.MALFORMED, number, "invalid JSON: more than one value on the line");
    }
    if (!hasText) {
      throw new RecordFaultException(RecordFault.MISSING_ABSTRACT, number,
          "missing field \"" + textNames.get(0) + "\"");
    }
    String date = dateField != null ? chosenDate : firstCreated != null ? firstCreated : updateDate;
    return new RawRecord(number, id, title, abstractText, categories, date);
  }

  /** The {@code created} of version v1 (else of the first version) in arXiv's {@code versions} array. */
  private static String firstVersionCreated(JsonParser parser) throws IOException {
    String first = null;
    String v1 = null;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      if (token != JsonToken.START_OBJECT) {
        parser.skipChildren();
        continue;
      }
      String version = null;
      String created = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_STRING && field.equals("version")) {
          version = parser.getText();
        } else if (value == JsonToken.VALUE_STRING && field.equals("created")) {
          created = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
      if (first == null) {
        first = created;
      }
      if ("v1".equals(version)) {
        v1 = created;
      }
    }
    return v1 != null ? v1 : first;
  }

  /** The place of {@code field} among {@code names}, ignoring case; -1 when it is none of them. */
  private static int rank(String field, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      if (field.equalsIgnoreCase(names.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A field we read given a second time (the same name, or the same name in another case): which value the writer
   * meant cannot be told, so the record is malformed rather than silently read with one of them. A lesser-ranked
   * name (arxiv_id after id) is skipped.
   */
  private static void duplicate(boolean same, String field, long number, JsonParser parser)
      throws IOException, RecordFaultException {
    if (same) {
      throw new RecordFaultException(RecordFault.MALFORMED, number,
          "field \"" + field + "\" given twice (names are read without regard to case)");
    }
    parser.skipChildren();
  }

  /**
   * The date field the user chose, as text whatever its JSON type: a number (2024) is read as written, and an array
   * or object becomes text that no date parses, so the paper is kept and counted as {@code bad_date}, never dropped.
   */
  private static String dateText(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value.isScalarValue()) {
      return parser.getText();
    }
    parser.skipChildren();
    return "(" + typeName(value) + ")";
  }

  /** A string field; null when JSON null; a fault when it holds another type. */
  private static String text(JsonParser parser, JsonToken value, String field, long number)
      throws IOException, RecordFaultException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.VALUE_STRING) {
      throw new RecordFaultException(RecordFault.MALFORMED, number,
          "field \"" + field + "\" must be a string, found " + typeName(value));
    }
    return parser.getText();
  }

  private static String typeName(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "object";
      case START_ARRAY -> "array";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      default -> token.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
