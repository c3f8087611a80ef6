package dev.landscape.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hidden file a table is written to beside its target ({@code .NAME.tmp-RANDOM}) before it is renamed over it,
 * for the files {@code landscape infer} writes. Made as any new file here is, so the table gets the permissions the
 * user's umask gives (a temporary file of the JDK's is always 0600, and the rename kept that, issue 36); locked while
 * it is written, so that the next writer of the same target removes the file a killed writer left (a lock, not a
 * process id: a writer in another container has another id space, and its lock still holds).
 */
final class TemporarySibling {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** The locks of the files this JVM is writing, released when each is committed or removed. */
  private static final Map<Path, FileChannel> HELD = new ConcurrentHashMap<>();

  private TemporarySibling() {}

  /** A new, empty, locked temporary file beside {@code target}; files killed writers left beside it are removed. */
  static Path create(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    removeStale(absolute);
    for (int attempt = 0; ; attempt++) {
      Path path = absolute.resolveSibling(prefix(absolute) + Long.toUnsignedString(RANDOM.nextLong(), 36));
      try {
        Files.createFile(path);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 10) {
          throw e;
        }
        continue;
      }
      FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE);
      try {
        channel.lock();
      } catch (IOException | RuntimeException e) {
        channel.close();
        Files.deleteIfExists(path);
        throw e;
      }
      HELD.put(path, channel);
      PendingOutputs.add(path);
      return path;
    }
  }

  /** Renames {@code temporary} over {@code target} and lets it go. */
  static void commit(Path temporary, Path target) throws IOException {
    dev.landscape.io.FileTrees.replace(temporary, target);
    release(temporary);
  }

  /** Removes {@code temporary} (a write that did not finish) and lets it go. */
  static void discard(Path temporary) throws IOException {
    try {
      Files.deleteIfExists(temporary);
    } finally {
      release(temporary);
    }
  }

  private static void release(Path temporary) throws IOException {
    PendingOutputs.remove(temporary);
    FileChannel channel = HELD.remove(temporary);
    if (channel != null) {
      channel.close();
    }
  }

  private static String prefix(Path target) {
    return StaleWork.hiddenStem(target) + ".tmp-";
  }

  /** Removes the temporary files beside {@code target} that no writer holds: those a killed writer left. */
  private static void removeStale(Path target) {
    String prefix = prefix(target);
    try (var siblings = Files.list(target.getParent())) {
      for (Path file : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
        if (HELD.containsKey(file) || !Files.isRegularFile(file)) {
          continue;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
          FileLock lock = channel.tryLock();
          if (lock != null) {
            Files.deleteIfExists(file);
          }
        } catch (OverlappingFileLockException e) {
          // written by this JVM: not stale
        }
      }
    } catch (IOException | RuntimeException e) {
      // Tidying is a courtesy: what cannot be listed or removed stays, hidden, as it was.
    }
  }
}
