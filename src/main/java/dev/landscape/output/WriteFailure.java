package dev.landscape.output;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A failure to write one of our files, as one line that names it. Libraries that write for us (POI's deck and
 * workbook) wrap the disk's own error ("No space left on device", "File too large") in exceptions of their own
 * ({@code OpenXML4JRuntimeException: Fail to save: an error occurs while saving the package : The part
 * /ppt/media/image7.png failed...}); this finds that error and says it with the file's name.
 */
public final class WriteFailure {
  private WriteFailure() {}

  /**
   * {@code e} as {@link #of} says it when an I/O error lies under it (a library's wrapping of a failed write), else
   * {@code e} itself: a failure that is no write error stays what it is.
   */
  public static RuntimeException ifWrite(String file, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return of(file, e);
      }
    }
    return e;
  }

  /**
   * {@code cannot write FILE: REASON}, the reason being the innermost I/O error under {@code e}; when the library
   * kept none (POI logs the disk's error and throws its own), what a refused write can mean.
   */
  public static UncheckedIOException of(String file, Throwable e) {
    IOException io = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException found) {
        io = found;
      }
    }
    String reason = io != null ? io.getMessage()
        : "the write was refused (a full disk, a read-only folder or a file size limit?)";
    IOException cause = io != null ? io : new IOException(reason, e);
    return new UncheckedIOException("cannot write " + file + ": " + reason, cause);
  }
}
