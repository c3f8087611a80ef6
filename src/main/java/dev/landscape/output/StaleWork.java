package dev.landscape.output;

import dev.landscape.io.FileTrees;
import dev.landscape.io.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Optional;

/**
 * What killed runs leave behind: staging folders (named with the process id of the run that made them, so a folder
 * of a run still going is never taken) and previous reports hidden by a swap that was cut off between its renames.
 * A new run puts the latest such report back when the report is missing, and removes the rest.
 */
final class StaleWork {
  private StaleWork() {}

  /**
   * Makes a new staging folder in {@code parent} named {@code base}, this process's id and a random number: the id
   * tells a later run whether its maker still runs. Made like any folder (the user's umask applies, unlike a
   * temporary folder's 0700), since in a swap it becomes the report folder.
   */
  static Path newStaging(Path parent, String base) throws IOException {
    java.util.SplittableRandom random = new java.util.SplittableRandom();
    for (int attempt = 0; ; attempt++) {
      Path dir = parent.resolve(base + ProcessHandle.current().pid() + "-" + Long.toUnsignedString(random.nextLong()));
      try {
        return Files.createDirectory(dir);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }

  /**
   * A run killed between the two renames of a swap leaves no report and the previous one as a hidden
   * {@code .NAME.old-*} sibling: put the latest one back, so a kill at any moment costs at most the run itself.
   */
  static void restoreInterruptedSwap(Path target) {
    Path parent = target.getParent();
    if (parent == null || Files.exists(target) || !Files.isDirectory(parent)) {
      return;
    }
    try {
      Optional<Path> latest = hiddenOld(target).stream()
          .filter(old -> Files.exists(old.resolve(ReportContents.MARKER)))
          .max(Comparator.comparing(StaleWork::modified));
      if (latest.isPresent()) {
        FileTrees.rename(latest.get(), target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restore the previous report " + target + ": " + e, e);
    }
  }

  /**
   * Removes the staging folders of runs that are no longer running, beside and inside {@code target}, and hidden
   * previous reports that hold only files a run wrote (a swap hides only such reports).
   *
   * @throws InputException when another run is writing {@code target} now (it holds the lock of its staging folder):
   *     two writers would silently replace each other's report
   */
  static void removeLeftovers(Path target, String shown) {
    List<Path> stagings = new ArrayList<>();
    try {
      stagings.addAll(ReportFolder.startingWith(target.getParent(), stagingPrefix(target)));
      stagings.addAll(ReportFolder.startingWith(target, ReportContents.HIDDEN_PREFIX + "staging-"));
    } catch (IOException | RuntimeException e) {
      // Tidying is a courtesy: a folder that cannot be listed holds nothing we must see.
    }
    for (Path staging : stagings) {
      if (StagingLock.of(staging) == StagingLock.State.LIVE) {
        throw new InputException("--out " + shown + ": another landscape command is writing it now; wait for it "
            + "to finish or choose another --out");
      }
    }
    try {
      for (Path staging : stagings) {
        removeIfDead(staging);
      }
      for (Path old : hiddenOld(target)) {
        if (Files.isDirectory(old) && Files.exists(old.resolve(ReportContents.MARKER))
            && ReportContents.read(old.toRealPath(), old.toString()).foreign().isEmpty()) {
          FileTrees.deleteTree(old);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Tidying is a courtesy: a leftover that cannot be read or removed stays, and the run goes on.
    }
  }

  /** The start of the names of the staging folders of a swap of {@code target}, beside it. */
  static String stagingPrefix(Path target) {
    return hiddenStem(target) + ".tmp-";
  }

  /** Bytes of a name the stem keeps whole: a file name holds 255, and the stem gets up to 45 more. */
  static final int LONGEST_KEPT = 200;

  /**
   * The start of the hidden names beside {@code target} ({@code .NAME}, then {@code .tmp-...} or {@code .old-...}).
   * A name too long to take those endings within a file name's 255 bytes (issue 36: a legal 255-byte --out was
   * refused) keeps its first characters, up to {@link #LONGEST_KEPT} bytes, and a hash of the whole, so each target
   * still has its own.
   */
  static String hiddenStem(Path target) {
    String name = target.getFileName().toString();
    byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (bytes.length <= LONGEST_KEPT) {
      return "." + name;
    }
    int end = 0;
    int used = 0;
    while (end < name.length()) {
      int next = name.offsetByCodePoints(end, 1);
      int size = name.substring(end, next).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (used + size > LONGEST_KEPT - 9) {
        break;
      }
      used += size;
      end = next;
    }
    return "." + name.substring(0, end) + "~" + String.format(java.util.Locale.ROOT, "%08x", name.hashCode());
  }

  /**
   * Removes a staging folder whose lock is free. One without a lock file (a version before locks) goes by its name's
   * process id, and only when it is over a minute old: a run may be between making the folder and its lock.
   */
  private static void removeIfDead(Path staging) throws IOException {
    switch (StagingLock.of(staging)) {
      case DEAD -> FileTrees.deleteTree(staging);
      case UNKNOWN -> {
        OptionalLong pid = pidOf(staging.getFileName().toString());
        if (pid.isPresent() && pid.getAsLong() != ProcessHandle.current().pid()
            && ProcessHandle.of(pid.getAsLong()).isEmpty() && !StagingLock.youngerThanGrace(staging)) {
          FileTrees.deleteTree(staging);
        }
      }
      default -> { }
    }
  }

  /** The process id in a staging folder's name ({@code ...-PID-RANDOM}), if it has one. */
  private static OptionalLong pidOf(String name) {
    String[] parts = name.split("-");
    if (parts.length < 2 || !isDigits(parts[parts.length - 1]) || !isDigits(parts[parts.length - 2])) {
      return OptionalLong.empty(); // not named by this version: whose it is cannot be told, so it stays
    }
    try {
      return OptionalLong.of(Long.parseLong(parts[parts.length - 2]));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** A name, free now, to hide the previous report under while a swap renames the new one in. */
  static Path hiddenOldName(Path target) {
    java.util.SplittableRandom random = new java.util.SplittableRandom();
    Path old;
    do {
      old = target.resolveSibling(hiddenStem(target) + ".old-" + Long.toUnsignedString(random.nextLong()));
    } while (Files.exists(old, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    return old;
  }

  /**
   * The previous reports a swap of {@code target} hid: {@code .NAME.old-} and the digits {@link
   * ReportPlacement#swap} adds, and nothing else (a folder {@code .NAME.old-x.old-1} is another report's).
   */
  private static List<Path> hiddenOld(Path target) throws IOException {
    String prefix = hiddenStem(target) + ".old-";
    return ReportFolder.startingWith(target.getParent(), prefix).stream()
        .filter(old -> isDigits(old.getFileName().toString().substring(prefix.length())))
        .toList();
  }

  private static boolean isDigits(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static FileTime modified(Path path) {
    try {
      return Files.getLastModifiedTime(path);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
