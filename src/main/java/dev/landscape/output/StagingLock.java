package dev.landscape.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Tells a staging folder of a live run from one a dead run left: the run holds an operating-system lock on a file in
 * it for as long as it works. Process ids alone cannot tell (a run in another PID namespace, a second container on
 * the same volume, has an id this process cannot see); a lock is dropped by the kernel when its holder dies, however
 * it dies.
 */
final class StagingLock implements AutoCloseable {
  /** The lock file's name: hidden, and never listed among the report's files. */
  static final String NAME = ReportContents.HIDDEN_PREFIX + "lock";
  /** A staging folder without a lock file younger than this may be one whose lock is being made: it is left alone. */
  private static final Duration GRACE = Duration.ofMinutes(1);

  /** What a look at a staging folder found. */
  enum State {
    /** A run holds its lock now. */
    LIVE,
    /** Its lock file is free: its run is gone. */
    DEAD,
    /**
     * No lock file: made by a version before locks, or its lock is being made. Whose it is cannot be told from a
     * lock; the process id and the folder's age must tell.
     */
    UNKNOWN
  }

  private final FileChannel channel;
  private final FileLock lock;

  private StagingLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Makes the lock file in {@code staging} and holds its lock until {@link #close()} or the process ends. */
  static StagingLock hold(Path staging) throws IOException {
    FileChannel channel = FileChannel.open(staging.resolve(NAME), StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    try {
      return new StagingLock(channel, channel.lock());
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Whether the run that made {@code staging} still works in it, by its lock. */
  static State of(Path staging) {
    Path file = staging.resolve(NAME);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return State.UNKNOWN;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      FileLock probe = channel.tryLock();
      if (probe == null) {
        return State.LIVE;
      }
      probe.release();
      return State.DEAD;
    } catch (OverlappingFileLockException e) {
      return State.LIVE; // held by this very process
    } catch (IOException e) {
      return State.UNKNOWN;
    }
  }

  /** Whether a folder without a lock file is young enough that its run may be making the lock now. */
  static boolean youngerThanGrace(Path staging) {
    try {
      FileTime modified = Files.getLastModifiedTime(staging, LinkOption.NOFOLLOW_LINKS);
      return modified.toInstant().isAfter(Instant.now().minus(GRACE));
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      // the lock goes with the channel, or with the process
    }
  }
}
