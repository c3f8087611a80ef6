package dev.landscape.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Temporary files and folders of outputs not yet committed. One shutdown hook removes whatever is still pending when
 * the JVM stops early, so Ctrl-C (SIGINT, exit 130) or SIGTERM leaves no half-written report behind; the previous
 * report is untouched either way, since it is only replaced by a rename at the very end. (SIGKILL runs no hook: the
 * temporary folder stays, hidden, and the previous report is still whole.)
 */
final class PendingOutputs {
  private static final Set<Path> PENDING = new LinkedHashSet<>();
  private static boolean hooked;

  private PendingOutputs() {}

  static synchronized void add(Path path) {
    if (!hooked) {
      Runtime.getRuntime().addShutdownHook(new Thread(PendingOutputs::removeAll, "landscape-cleanup"));
      hooked = true;
    }
    PENDING.add(path);
  }

  static synchronized void remove(Path path) {
    PENDING.remove(path);
  }

  private static synchronized void removeAll() {
    for (Path path : PENDING) {
      try {
        dev.landscape.io.FileTrees.deleteTree(path);
      } catch (IOException | RuntimeException e) {
        // the JVM is stopping; a leftover hidden temporary file is all that can go wrong
      }
    }
    PENDING.clear();
  }
}
