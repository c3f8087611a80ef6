package dev.landscape.cli;

import dev.landscape.progress.Counts;
import dev.landscape.progress.Progress;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress on the console: a progress bar on standard error when it is a terminal, otherwise a log line at most
 * every ten seconds per task (and one when it ends), so CI logs and redirected output stay readable.
 */
final class ConsoleProgress {
  private static final Logger log = LoggerFactory.getLogger(ConsoleProgress.class);
  private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

  private ConsoleProgress() {}

  /** Bars on a terminal, log lines elsewhere. */
  static Progress forConsole() {
    return System.console() != null ? ConsoleProgress::bar : ConsoleProgress::logLines;
  }

  /** The widest a bar is drawn, so that it never fills a wide terminal's last column and wraps. */
  static final int MAX_WIDTH = 110;

  private static Progress.Task bar(String name, long total, String unit) {
    boolean bytes = unit.equals(Progress.BYTES);
    // A file under a mebibyte would read "0/0 MiB" from start to end: count it in kibibytes instead.
    boolean small = bytes && total >= 0 && total < 1 << 20;
    ProgressBarBuilder builder = new ProgressBarBuilder()
        .setTaskName(name)
        .setInitialMax(total)
        .setUnit(bytes ? (small ? " KiB" : " MiB") : " " + unit, bytes ? (small ? 1 << 10 : 1 << 20) : 1)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new OnceEach(new ConsoleProgressBarConsumer(System.err, Math.min(MAX_WIDTH, terminalWidth() - 1))))
        .setUpdateIntervalMillis(250);
    ProgressBar bar = builder.build();
    int room = messageRoom(Math.min(MAX_WIDTH, terminalWidth() - 1), name, total, unit);
    return new Progress.Task() {
      @Override
      public void stepTo(long done) {
        bar.stepTo(done);
      }

      @Override
      public void message(String message) {
        bar.setExtraMessage(fit(dev.landscape.io.ControlCharacters.visible(message), room));
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /** The narrowest bar worth drawing, brackets included. */
  static final int SMALLEST_BAR = 12;

  /**
   * Columns left for a bar's message in a line {@code width} wide: what the library draws besides it is the name,
   * the percentage, "done/total unit" and "(elapsed / remaining)", and the bar itself keeps {@link #SMALLEST_BAR}.
   */
  static int messageRoom(int width, String name, long total, String unit) {
    int count = 2 * String.valueOf(Math.max(total, 0)).length() + 1 + unit.length() + 1;
    return width - name.length() - " 100% ".length() - count - " (0:00:00 / 0:00:00) ".length() - SMALLEST_BAR;
  }

  /**
   * {@code message} as it fits in {@code room} columns: whole; else without its closing parenthesis (an
   * explanation); else not at all. A message is never cut mid-word ("log-likelih" at 80 columns).
   */
  static String fit(String message, int room) {
    if (message.length() <= room) {
      return message;
    }
    int paren = message.lastIndexOf(" (");
    if (paren > 0 && message.endsWith(")") && paren <= room) {
      return message.substring(0, paren);
    }
    return "";
  }

  /**
   * Draws a bar only when it changed: the library redraws the last state when the bar closes, which a log of the
   * terminal (or a slow one) shows as the 100% line twice.
   */
  static final class OnceEach implements ProgressBarConsumer {
    private final ProgressBarConsumer drawn;
    private String last;

    OnceEach(ProgressBarConsumer drawn) {
      this.drawn = drawn;
    }

    @Override
    public int getMaxRenderedLength() {
      return drawn.getMaxRenderedLength();
    }

    @Override
    public void accept(String rendered) {
      if (!rendered.equals(last)) {
        last = rendered;
        drawn.accept(rendered);
      }
    }

    @Override
    public void close() {
      drawn.close();
    }
  }

  /** The terminal's width as the progress bar library finds it, 80 when it cannot tell. */
  private static int terminalWidth() {
    try {
      java.lang.reflect.Method width = Class.forName("me.tongfei.progressbar.TerminalUtils")
          .getDeclaredMethod("getTerminalWidth");
      width.setAccessible(true);
      int columns = (int) width.invoke(null);
      return columns > 10 ? columns : 80;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return 80;
    }
  }

  /** A step count as a log line shows it: MiB for bytes, with the share done when the total is known. */
  static String amount(long done, long total, String unit) {
    if (unit.equals(Progress.BYTES)) {
      return String.format(java.util.Locale.ROOT, "%.1f of %.1f MiB (%.0f%%)", done / 1048576.0, total / 1048576.0,
          total > 0 ? 100.0 * done / total : 0);
    }
    return String.format(java.util.Locale.ROOT, "%,d%s %s", done, total > 0 ? String.format(java.util.Locale.ROOT,
        "/%,d", total) : "", unit);
  }

  private static Progress.Task logLines(String name, long total, String unit) {
    return new Progress.Task() {
      private final long start = System.nanoTime();
      private long lastLog = start;
      private long done;
      private String message = "";

      @Override
      public void stepTo(long now) {
        done = now;
        if (System.nanoTime() - lastLog >= LOG_EVERY_NANOS) {
          lastLog = System.nanoTime();
          log.info("{}: {}{}", name, amount(done, total, unit), message.isEmpty() ? "" : " " + message);
        }
      }

      @Override
      public void message(String text) {
        message = dev.landscape.io.ControlCharacters.visible(text);
      }

      @Override
      public void close() {
        double seconds = (System.nanoTime() - start) / 1e9;
        String amount = unit.equals(Progress.BYTES) ? String.format(java.util.Locale.ROOT, "%.1f MiB", done / 1048576.0)
            : Counts.of(done, unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit, unit);
        log.info("{}: {} in {} s{}", name, amount, String.format(java.util.Locale.ROOT, "%.1f", seconds),
            message.isEmpty() ? "" : " " + message);
      }
    };
  }
}
