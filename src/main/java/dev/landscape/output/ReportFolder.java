package dev.landscape.output;

import dev.landscape.io.InputException;
import dev.landscape.io.FileTrees;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The folder a run writes its report into. Files are written into a hidden staging folder; {@link #commit()} puts
 * them in place. Until then the previous report is untouched; a failed run removes its staging folder on
 * {@link #close()}.
 *
 * <p>What may be replaced: a missing or empty folder, or one holding an earlier report (a {@code run.json} that
 * landscape wrote). Of an earlier report only the files its run wrote are replaced or removed; anything else in the
 * folder (a note, an input file, another tool's output) is left exactly as it was. A folder of other documents, or
 * with a {@code run.json} of another tool, is refused before any work.
 *
 * <p>How: when the folder holds nothing but an earlier report, the staging folder is a hidden sibling and the
 * report is swapped as a whole by two renames, so a reader never sees a mix of two runs. When it also holds the
 * user's files, is a mount point, a link, or the working folder, the staging folder is inside it and the files are
 * moved in one by one (each by an atomic rename), after a journal that records them as ours.
 */
public final class ReportFolder implements Closeable {
  /** The file that marks a folder as one of our reports. */
  public static final String MARKER = ReportContents.MARKER;

  private final Path target;
  private final Path staging;
  private final boolean inPlace;
  private final StagingLock lock;
  private boolean committed;

  private ReportFolder(Path target, Path staging, boolean inPlace, StagingLock lock) {
    this.target = target;
    this.staging = staging;
    this.inPlace = inPlace;
    this.lock = lock;
  }

  /**
   * Puts back a report that a run killed between the two renames of its swap left hidden, so that a command reading
   * {@code folder} ({@code report --from}, {@code infer --model}, {@code aggregate --model}) finds it as {@code run}
   * would; with {@code folder} a report's {@code model/}, the report around it. Nothing happens when the folder is
   * there, or no hidden report is.
   */
  public static void recoverInterrupted(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    StaleWork.restoreInterruptedSwap(absolute);
    Path parent = absolute.getParent();
    if (parent != null && absolute.getFileName() != null && absolute.getFileName().toString().equals("model")) {
      StaleWork.restoreInterruptedSwap(parent);
    }
  }

  /** {@link #create(Path, Map)} with no input files to protect. */
  public static ReportFolder create(Path target) {
    return create(target, Map.of());
  }

  /**
   * Checks that {@code target} may be written and creates the staging folder.
   *
   * @param inputs the files the run reads, by the option that names them: none may be a file the run replaces
   * @throws InputException when {@code target} is a file, a folder that is not a report, or holds an input
   * @throws UncheckedIOException when its contents cannot be read
   */
  public static ReportFolder create(Path target, Map<String, Path> inputs) {
    Path absolute = target.toAbsolutePath().normalize();
    String shown = target.toString();
    StaleWork.restoreInterruptedSwap(absolute);
    StaleWork.removeLeftovers(absolute, shown);
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new InputException("--out " + shown + ": is a file, not a folder");
    }
    boolean inPlace = false;
    if (!Files.isDirectory(absolute)) {
      protectInputs(null, absolute, inputs, shown);
    } else {
      Path real = realPath(absolute);
      ReportContents contents = ReportContents.read(real, shown);
      if (!contents.isReport() && !contents.isEmpty() && !contents.onlyHiddenOrReports()) {
        throw new InputException("--out " + shown + ": folder is not empty and holds no landscape report ("
            + MARKER + "); choose a new or empty folder");
      }
      List<String> inTheWay = contents.inTheWay();
      if (!inTheWay.isEmpty()) {
        throw new InputException("--out " + shown + ": holds " + inTheWay.get(0) + ", which landscape did not "
            + "write and a run would replace; move it or choose another folder");
      }
      protectInputs(contents, absolute, inputs, shown);
      // An empty folder is filled rather than replaced: it may be a mount point or have its owner's permissions.
      inPlace = contents.isEmpty() || !contents.foreign().isEmpty() || !swappable(absolute);
    }
    try {
      Path staging;
      if (inPlace) {
        staging = StaleWork.newStaging(absolute, ReportContents.HIDDEN_PREFIX + "staging-");
      } else {
        Files.createDirectories(absolute.getParent());
        staging = StaleWork.newStaging(absolute.getParent(), StaleWork.stagingPrefix(absolute));
      }
      PendingOutputs.add(staging);
      return new ReportFolder(absolute, staging, inPlace, StagingLock.hold(staging));
    } catch (IOException e) {
      // Before any work: a folder that cannot be made is a bad --out, not a failed run.
      throw new InputException("--out " + shown + ": cannot be written (" + reason(e) + ")");
    }
  }

  /**
   * An input that is a file of the earlier report would be replaced (or deleted) by the very run that reads it; an
   * input folder (a model) inside the report folder would be too, and a report written inside an input folder
   * would change the folder being read.
   */
  private static void protectInputs(ReportContents contents, Path target, Map<String, Path> inputs, String shown) {
    Path realTarget = realPath(target);
    for (Map.Entry<String, Path> input : inputs.entrySet()) {
      Path file = input.getValue();
      if (file == null || !Files.exists(file)) {
        continue;
      }
      Path real = realPath(file.toAbsolutePath());
      if (Files.isDirectory(real) && (real.startsWith(realTarget) || realTarget.startsWith(real))) {
        throw new InputException(input.getKey() + " " + file + ": " + (real.startsWith(realTarget)
            ? "is inside --out " + shown + ", which this run replaces" : "holds --out " + shown + ", which this "
            + "run writes") + "; choose another --out");
      }
      if (contents != null && contents.owns(real)) {
        throw new InputException(input.getKey() + " " + file + ": is a file of the report in --out " + shown
            + ", which this run replaces; copy it elsewhere first or choose another --out");
      }
    }
  }

  /**
   * Whether the folder can be swapped as a whole: renaming it must be possible (not a mount point, its parent
   * writable, not a link) and harmless (not the folder the user works in, which would vanish from under the shell).
   */
  private static boolean swappable(Path dir) {
    Path cwd = Path.of("").toAbsolutePath();
    Path parent = dir.getParent();
    return parent != null && !Files.isSymbolicLink(dir) && Files.isWritable(parent)
        && !cwd.startsWith(realPath(dir)) && sameDevice(dir, parent);
  }

  private static boolean sameDevice(Path a, Path b) {
    try {
      return Files.getAttribute(a, "unix:dev").equals(Files.getAttribute(b, "unix:dev"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      try {
        return Files.getFileStore(a).equals(Files.getFileStore(b));
      } catch (IOException e2) {
        return false;
      }
    }
  }

  static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  static String reason(IOException e) {
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

  /** Where to write the files of this report. */
  public Path dir() {
    return staging;
  }

  /** The folder the report will be found in. */
  public Path target() {
    return target;
  }

  /** Every file written so far, relative to {@link #dir()}, joined by {@code /}: what run.json lists as ours. */
  public List<String> written() {
    try {
      return FileTrees.files(staging, StagingLock.NAME::equals);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + staging + ": " + e.getMessage(), e);
    }
  }

  /** Puts the written report in place of the previous one. */
  public void commit() {
    try {
      if (inPlace) {
        ReportPlacement.placeFiles(staging, target, written());
      } else if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        FileTrees.rename(staging, target);
      } else if (!ReportContents.read(realPath(target), target.toString()).foreign().isEmpty()) {
        ReportPlacement.placeFiles(staging, target, written()); // the user put a file into the report while we worked: keep it, place ours beside it
      } else {
        ReportPlacement.swap(staging, target);
      }
      committed = true;
      PendingOutputs.remove(staging);
      Files.deleteIfExists(target.resolve(StagingLock.NAME)); // a staging folder renamed into place brought it along
      lock.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + target + ": " + e, e);
    }
  }

  @Override
  public void close() {
    if (!committed) {
      try {
        FileTrees.deleteTree(staging);
        PendingOutputs.remove(staging);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove temporary folder " + staging + ": " + e, e);
      } finally {
        lock.close();
      }
    }
  }

  /**
   * Lists a folder's entries whose names start with {@code prefix}, compared as text: a folder name is a name, never
   * a pattern (a {@code ?} or {@code [} in {@code --out} must match only itself).
   */
  static List<Path> startingWith(Path dir, String prefix) throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return found;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (entry.getFileName().toString().startsWith(prefix)) {
          found.add(entry);
        }
      }
    }
    found.sort(null);
    return found;
  }
}
