package dev.landscape.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.landscape.io.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two ways {@link ReportFolder#commit} puts a staged report in place: swapped as a whole by two renames, or
 * moved in file by file after a journal, beside files of the user's.
 */
final class ReportPlacement {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportPlacement() {}

  /** Swaps the staging folder in place of the previous report, which holds only our own files. */
  static void swap(Path staging, Path target) throws IOException {
    try {
      Files.setPosixFilePermissions(staging, Files.getPosixFilePermissions(target)); // the folder keeps its mode
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: nothing to keep
    }
    Path old = StaleWork.hiddenOldName(target);
    FileTrees.rename(target, old);
    try {
      FileTrees.rename(staging, target);
    } catch (IOException e) {
      FileTrees.rename(old, target); // put the previous report back rather than leave no report at all
      throw e;
    }
    FileTrees.deleteTree(old);
  }

  /**
   * Moves the staged files into the target folder one by one, run.json last, then removes the files of the previous
   * run that this one did not write again. A journal first records every file involved as ours, so a run killed in
   * the middle leaves a folder whose every file is still known to be ours or the user's.
   */
  static void placeFiles(Path staging, Path target, List<String> placed) throws IOException {
    Files.createDirectories(target);
    Path real = ReportFolder.realPath(target);
    ReportContents before = ReportContents.read(real, target.toString());
    Set<String> foreign = new TreeSet<>(before.foreign());
    for (String file : placed) {
      if (foreign.contains(file) || foreign.stream().anyMatch(f -> file.startsWith(f.endsWith("/") ? f : f + "/"))) {
        throw new IOException(real.resolve(file) + " was not written by landscape and would be replaced; "
            + "the report is left as it was");
      }
    }
    Set<String> involved = new TreeSet<>(before.owned());
    involved.addAll(placed);
    Path journal = real.resolve(ReportContents.JOURNAL);
    Path journalTemp = staging.resolve(ReportContents.HIDDEN_PREFIX + "journal");
    JSON.writeValue(journalTemp.toFile(), new ArrayList<>(involved));
    FileTrees.replace(journalTemp, journal);
    List<String> ordered = new ArrayList<>(placed);
    if (ordered.remove(ReportContents.MARKER)) {
      ordered.add(ReportContents.MARKER); // the marker last: an earlier report stays marked as one until the new one is whole
    }
    for (String file : ordered) {
      Path to = real.resolve(file);
      Files.createDirectories(to.getParent());
      FileTrees.replace(staging.resolve(file), to);
    }
    for (String file : before.owned()) {
      if (!placed.contains(file)) {
        Files.deleteIfExists(real.resolve(file));
        removeEmptyParents(real, real.resolve(file).getParent());
      }
    }
    Files.deleteIfExists(journal);
    FileTrees.deleteTree(staging);
  }

  /** Removes the folders a removed file leaves empty, up to (not including) the report folder. */
  private static void removeEmptyParents(Path root, Path dir) throws IOException {
    for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
      if (!ReportContents.isEmpty(d)) {
        return;
      }
      Files.delete(d);
    }
  }
}
