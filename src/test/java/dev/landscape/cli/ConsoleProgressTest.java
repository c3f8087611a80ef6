package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.progress.Progress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
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

  @Test
  void aBarIsDrawnAgainOnlyWhenItChanged() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (ConsoleProgress.OnceEach bar = new ConsoleProgress.OnceEach(new ConsoleProgressBarConsumer(err, 60))) {
      bar.accept("Reading  50%");
      bar.accept("Reading 100%");
      bar.accept("Reading 100%");
    }
    String drawn = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, drawn.split("100%", -1).length - 1, drawn);
    assertEquals(1, drawn.split(" 50%", -1).length - 1, drawn);
  }

  /** At 80 columns the training bar is a bar, and its message is whole or absent, never "log-likelih". */
  @Test
  void atEightyColumnsTheBarShowsAndTheMessageIsNeverCut() {
    String message = "-7.3989 log-likelihood/token (rises as it fits)";
    for (int width : new int[] {79, 99, 109}) {
      int room = ConsoleProgress.messageRoom(width, "Training", 200, " iterations");
      String shown = ConsoleProgress.fit(message, room);
      assertTrue(shown.isEmpty() || message.startsWith(shown) && (shown.length() == message.length()
          || message.charAt(shown.length()) == ' '), shown);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
      try (me.tongfei.progressbar.ProgressBar bar = new me.tongfei.progressbar.ProgressBarBuilder()
          .setTaskName("Training").setInitialMax(200).setUnit(" iterations", 1)
          .setStyle(me.tongfei.progressbar.ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(err, width)).build()) {
        bar.stepTo(70);
        bar.setExtraMessage(shown);
        bar.refresh();
      }
      String[] drawn = bytes.toString(StandardCharsets.UTF_8).split("\r");
      String line = drawn[drawn.length - 1].strip();
      java.util.regex.Matcher barPart = java.util.regex.Pattern.compile("\\[([=> ]*)\\]").matcher(line);
      assertTrue(barPart.find() && barPart.group(1).length() >= ConsoleProgress.SMALLEST_BAR - 2,
          width + " columns: " + line);
      assertTrue(line.endsWith(shown.isEmpty() ? ")" : shown), width + " columns: " + line);
    }
  }
}
