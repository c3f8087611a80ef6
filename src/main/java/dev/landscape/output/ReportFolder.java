package dev.landscape.output;

import dev.landscape.corpus.InputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A report folder replaced as a whole: files are written into a hidden sibling folder, and {@link #commit()} swaps
 * it in place of the previous report. Until then the previous report is untouched; a failed run removes its
 * temporary folder on {@link #close()}.
 *
 * <p>Only a folder that is missing, empty, or holds an earlier report (it has a {@code run.json}) is replaced: a
 * mistyped {@code --out} must never delete someone's documents.
 */
public final class ReportFolder implements Closeable {
  /** The file that marks a folder as one of our reports. */
  public static final String MARKER = "run.json";

  private final Path target;
  private final Path staging;
  private boolean committed;

  private ReportFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Checks that {@code target} may be replaced and creates the temporary folder beside it.
   *
   * @throws InputException when {@code target} is a file or a folder that is not a report
   * @throws UncheckedIOException when the parent folder cannot be written
   */
  public static ReportFolder create(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    restoreInterruptedSwap(absolute);
    checkReplaceable(absolute, target.toString());
    Path parent = absolute.getParent();
    try {
      Files.createDirectories(parent);
      Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
      PendingOutputs.add(staging);
      return new ReportFolder(absolute, staging);
    } catch (IOException e) {
      // Before any work: a folder that cannot be made is a bad --out, not a failed run.
      throw new InputException("--out " + target + ": cannot be written (" + reason(e) + ")");
    }
  }

  /**
   * A run killed between the two renames of {@link #commit()} leaves no report and the previous one as a hidden
   * {@code .NAME.old-*} sibling: put it back, so a kill at any moment costs at most the run itself.
   */
  private static void restoreInterruptedSwap(Path target) {
    Path parent = target.getParent();
    if (parent == null || Files.exists(target) || !Files.isDirectory(parent)) {
      return;
    }
    try (DirectoryStream<Path> olds = Files.newDirectoryStream(parent, "." + target.getFileName() + ".old-*")) {
      for (Path old : olds) {
        if (Files.exists(old.resolve(MARKER))) {
          move(old, target);
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restore the previous report " + target + ": " + e, e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException f) {
      return f.getFile() + " is a file, not a folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason() + (f.getFile() == null ? "" : ": " + f.getFile());
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Throws when {@code target} is not something we may replace. */
  static void checkReplaceable(Path target, String shownAs) {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new InputException("--out " + shownAs + ": is a file, not a folder");
    }
    if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
      throw new InputException("--out " + shownAs + ": folder is not empty and holds no landscape report ("
          + MARKER + "); choose a new or empty folder");
    }
  }

  /** Where to write the files of this report. */
  public Path dir() {
    return staging;
  }

  /** The folder the report will be found in. */
  public Path target() {
    return target;
  }

  /** Swaps the written report in place of the previous one. */
  public void commit() {
    Path old = null;
    try {
      if (Files.exists(target)) {
        old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
      }
      try {
        move(staging, target);
      } catch (IOException e) {
        if (old != null) {
          move(old, target); // put the previous report back rather than leave no report at all
        }
        throw e;
      }
      committed = true;
      PendingOutputs.remove(staging);
      if (old != null) {
        deleteTree(old);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + target + ": " + e, e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  @Override
  public void close() {
    if (!committed) {
      try {
        deleteTree(staging);
        PendingOutputs.remove(staging);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove temporary folder " + staging + ": " + e, e);
      }
    }
  }

  private static boolean isEmpty(Path dir) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
