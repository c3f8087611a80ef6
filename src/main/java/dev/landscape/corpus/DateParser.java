package dev.landscape.corpus;

import java.time.DateTimeException;
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
      LocalDate plain = plainRfc1123(s);
      return Optional.of(new Parsed(plain != null ? plain
          : ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(), DatePrecision.DAY));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  /**
   * The date of the one RFC 1123 shape arXiv writes in every record ({@code Mon, 01 Jan 2024 01:37:36 GMT}), read
   * by hand: the formatter costs microseconds per record and much compiling, on the thread that reads the corpus.
   * Null for anything else (another zone, a wrong weekday, a time out of range), which goes to the formatter.
   */
  static LocalDate plainRfc1123(String s) {
    if (s.length() != 29 || s.charAt(3) != ',' || s.charAt(4) != ' ' || s.charAt(7) != ' ' || s.charAt(11) != ' '
        || s.charAt(16) != ' ' || s.charAt(19) != ':' || s.charAt(22) != ':' || !s.endsWith(" GMT")) {
      return null;
    }
    int day = digits(s, 5, 7);
    int year = digits(s, 12, 16);
    int hour = digits(s, 17, 19);
    int minute = digits(s, 20, 22);
    int second = digits(s, 23, 25);
    int month = java.util.Arrays.asList(MONTHS).indexOf(s.substring(8, 11)) + 1;
    if (day < 1 || year < 0 || month < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
        || second > 59 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    LocalDate date = LocalDate.of(year, month, day);
    return s.startsWith(WEEKDAYS[date.getDayOfWeek().ordinal()]) ? date : null;
  }

  /** The number written in {@code s[from, to)}, or -1 when any of it is not an ASCII digit. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static LocalDate isoDateTime(String s) {
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      return LocalDate.parse(s.substring(0, 10));
    }
  }
}
