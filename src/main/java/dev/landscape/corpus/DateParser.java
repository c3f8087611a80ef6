package dev.landscape.corpus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates as corpora write them: ISO dates and date-times ({@code 2024-05-10}, {@code 2024-05-10T03:50:26Z}),
 * year-month ({@code 2024-05}) and RFC 1123 ({@code Mon, 01 Jan 2024 01:37:36 GMT}, arXiv's {@code versions}).
 */
final class DateParser {
  private static final Pattern YEAR_MONTH = Pattern.compile("^\\d{4}-\\d{2}$");

  private DateParser() {}

  /** A parsed date and its precision. */
  record Parsed(LocalDate date, DatePrecision precision) {}

  /** The date, or empty when the text is none of the known forms. */
  static Optional<Parsed> parse(String text) {
    String s = text.strip();
    try {
      if (YEAR_MONTH.matcher(s).matches()) {
        return Optional.of(new Parsed(LocalDate.parse(s + "-01"), DatePrecision.MONTH));
      }
      if (s.length() == 10) {
        return Optional.of(new Parsed(LocalDate.parse(s), DatePrecision.DAY));
      }
      if (s.length() > 10 && Character.isDigit(s.charAt(0))) {
        return Optional.of(new Parsed(isoDateTime(s), DatePrecision.DAY));
      }
      return Optional.of(
          new Parsed(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(), DatePrecision.DAY));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static LocalDate isoDateTime(String s) {
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      return LocalDate.parse(s.substring(0, 10));
    }
  }
}
