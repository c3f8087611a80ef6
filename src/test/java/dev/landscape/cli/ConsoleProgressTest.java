package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.landscape.progress.Progress;
import org.junit.jupiter.api.Test;

/** What a progress log line says, where there is no terminal for a bar. */
class ConsoleProgressTest {
  @Test
  void bytesAreShownInMebibytesWithTheShareDone() {
    assertEquals("1.5 of 3.0 MiB (50%)", ConsoleProgress.amount(3L << 19, 3L << 20, Progress.BYTES));
    assertEquals("0.0 of 0.0 MiB (0%)", ConsoleProgress.amount(0, 0, Progress.BYTES));
  }

  @Test
  void stepsAreGroupedWithTheirTotalWhenKnown() {
    assertEquals("1,200/5,000 papers", ConsoleProgress.amount(1_200, 5_000, "papers"));
    assertEquals("1,200 papers", ConsoleProgress.amount(1_200, -1, "papers"));
  }
}
