package dev.landscape.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --open}: report.html in the desktop's browser, through Java's {@link Desktop}, or in a headless JVM through the
 * desktop's own opener ({@code xdg-open}, {@code open}). Where there is none (a server, a container) or it fails, one line says so and where the report is; the run has succeeded either
 * way, so this never changes the exit code.
 */
final class ReportOpener {
  private ReportOpener() {}

  /** Whether this JVM can hand a page to a browser. */
  static boolean canBrowse() {
    try {
      return !java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
          && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE);
    } catch (RuntimeException | LinkageError e) {
      return false; // no AWT desktop support in this runtime
    }
  }

  static void open(Path report, PrintWriter err) {
    Path page = report.toAbsolutePath().normalize();
    // The path is shown, not obeyed: an --out name may hold terminal escape codes.
    String shown = dev.landscape.io.ControlCharacters.visible(page.toString());
    if (canBrowse()) {
      try {
        Desktop.getDesktop().browse(page.toUri());
        return;
      } catch (IOException | RuntimeException e) {
        err.println("landscape: --open: the browser could not be started ("
            + dev.landscape.io.ControlCharacters.visible(String.valueOf(e.getMessage())) + "); open " + shown
            + " in a browser");
        err.flush();
        return;
      }
    }
    // A headless JVM (the launcher's, for charts on servers) has no AWT desktop: the desktop's own opener does
    // the same where there is one.
    List<String> opener = opener(System.getProperty("os.name", ""), page);
    if (opener != null) {
      try {
        Process started = new ProcessBuilder(opener).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (started.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && started.exitValue() == 0) {
          return;
        }
      } catch (IOException e) {
        // no such program here: say so below
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    err.println("landscape: --open: no desktop browser here; open " + shown + " in a browser");
    err.flush();
  }

  /** The command that opens {@code page} in the desktop's browser on this system, or null where there is none. */
  static List<String> opener(String osName, Path page) {
    String os = osName.toLowerCase(java.util.Locale.ROOT);
    if (os.contains("mac")) {
      return List.of("open", page.toString());
    }
    if (os.contains("win")) {
      return List.of("rundll32", "url.dll,FileProtocolHandler", page.toString());
    }
    boolean desktop = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    return desktop ? List.of("xdg-open", page.toString()) : null;
  }
}
