package dev.landscape.cli;

import dev.landscape.progress.Progress;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
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

  private static Progress.Task bar(String name, long total, String unit) {
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(name)
        .setInitialMax(total)
        .setUnit(" " + unit, 1)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .setUpdateIntervalMillis(250)
        .build();
    return new Progress.Task() {
      @Override
      public void stepTo(long done) {
        bar.stepTo(done);
      }

      @Override
      public void message(String message) {
        bar.setExtraMessage(message);
      }

      @Override
      public void close() {
        bar.close();
      }
    };
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
          log.info("{}: {}{} {} {}", name, done, total > 0 ? "/" + total : "", unit, message);
        }
      }

      @Override
      public void message(String text) {
        message = text;
      }

      @Override
      public void close() {
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info("{}: {} in {} s{}", name, Counts.of(done, unit.endsWith("s") ? unit.substring(0, unit.length() - 1)
            : unit, unit), String.format(java.util.Locale.ROOT, "%.1f", seconds), message.isEmpty() ? "" : " " + message);
      }
    };
  }
}
