package dev.landscape.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code --open}: report.html in the desktop's browser, through Java's {@link Desktop}. Where there is none (a server,
 * a container, a headless JVM) or it fails, one line says so and where the report is; the run has succeeded either
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
    if (!canBrowse()) {
      err.println("landscape: --open: no desktop browser here; open " + page + " in a browser");
      err.flush();
      return;
    }
    try {
      Desktop.getDesktop().browse(page.toUri());
    } catch (IOException | RuntimeException e) {
      err.println("landscape: --open: the browser could not be started (" + e.getMessage() + "); open " + page
          + " in a browser");
      err.flush();
    }
  }
}
