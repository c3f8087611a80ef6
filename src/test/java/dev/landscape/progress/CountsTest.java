package dev.landscape.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountsTest {
  @Test
  void oneIsSingularAndEverythingElsePluralWithGroupedDigits() {
    assertEquals("1 paper", Counts.of(1, "paper"));
    assertEquals("0 papers", Counts.of(0, "paper"));
    assertEquals("5,000 papers", Counts.of(5_000, "paper"));
    assertEquals("2 categories", Counts.of(2, "category", "categories"));
  }
}
