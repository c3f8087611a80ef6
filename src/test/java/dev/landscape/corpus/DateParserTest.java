package dev.landscape.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DateParserTest {
  /** The hand-read RFC 1123 path must agree with java.time's formatter on every date it accepts. */
  @Test
  void plainRfc1123AgreesWithTheFormatter() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 5_000; i++) {
      ZonedDateTime time = ZonedDateTime.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1, random.nextInt(24),
          random.nextInt(60), random.nextInt(60), 0, ZoneOffset.UTC).plusDays(random.nextInt(31));
      // arXiv pads the day to two digits; the formatter does not, so build arXiv's form by hand.
      String text = String.format(java.util.Locale.ROOT, "%s, %02d %s %d %02d:%02d:%02d GMT",
          time.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH),
          time.getDayOfMonth(), time.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH),
          time.getYear(), time.getHour(), time.getMinute(), time.getSecond());
      LocalDate expected = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
      assertEquals(expected, DateParser.plainRfc1123(text), text);
      assertEquals(expected, DateParser.parse(text).orElseThrow().date(), text);
    }
  }

  @Test
  void leavesOtherShapesToTheFormatter() {
    assertNull(DateParser.plainRfc1123("Tue, 01 Jan 2024 01:37:36 GMT")); // 1 Jan 2024 was a Monday
    assertNull(DateParser.plainRfc1123("Mon, 01 Jan 2024 24:00:00 GMT"));
    assertNull(DateParser.plainRfc1123("Thu, 30 Feb 2024 01:00:00 GMT"));
    assertNull(DateParser.plainRfc1123("Mon, 1 Jan 2024 01:37:36 GMT"));
    assertNull(DateParser.plainRfc1123("Mon, 01 Jan 2024 01:37:36 +0200"));
    assertEquals(LocalDate.of(2024, 1, 1), DateParser.parse("Mon, 1 Jan 2024 01:37:36 GMT").orElseThrow().date());
    assertTrue(DateParser.parse("Tue, 01 Jan 2024 01:37:36 GMT").isEmpty(), "a wrong weekday is no date");
    // The formatter's lenient resolving (30 February to the 29th) stays what it was.
    assertEquals(ZonedDateTime.parse("Thu, 30 Feb 2024 01:00:00 GMT", DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(),
        DateParser.parse("Thu, 30 Feb 2024 01:00:00 GMT").orElseThrow().date());
  }
}
