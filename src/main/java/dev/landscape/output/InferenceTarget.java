package dev.landscape.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.landscape.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where {@code landscape infer --out} writes, checked before any work: never over the input or a folder, nowhere in
 * the model folder or the report folder it belongs to, and its {@code NAME.run.json} never over a file that is not an
 * earlier provenance of ours. A path that
 * names a device or a pipe ({@code /dev/null}, a FIFO) is written straight through, as standard output is: renaming
 * a file over it would replace the device itself.
 *
 * @param table the table's path as given
 * @param stream whether the table is written straight to a device or pipe (no temporary file, no provenance)
 */
public record InferenceTarget(Path table, boolean stream) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Checks {@code out} against the input and the model folder. */
  public static InferenceTarget check(Path out, Path input, Path modelDir) {
    Path absolute = out.toAbsolutePath().normalize();
    if (checkPath("--out", out, input, modelDir)) {
      return new InferenceTarget(out, true);
    }
    Path provenance = InferenceProvenance.fileFor(absolute);
    if (Files.exists(provenance, LinkOption.NOFOLLOW_LINKS)) {
      boolean ours = Files.isRegularFile(provenance, LinkOption.NOFOLLOW_LINKS) && !isSameFile(provenance, input)
          && !isInside(provenance, reportOf(modelDir)) && isOurProvenance(provenance);
      if (!ours) {
        throw new InputException("--out " + out + ": its provenance file " + provenance.getFileName()
            + " exists and was not written by landscape infer; move it or choose another --out");
      }
    }
    return new InferenceTarget(out, false);
  }

  /**
   * Checks the file of {@code option} ({@code --doc-topics}, {@code --theme-terms}) as {@link #check} checks
   * {@code --out}'s, and against the table {@code out} writes (null: standard output), that table's provenance
   * file and the other files of this inference ({@code others}, nulls ignored).
   */
  public static InferenceTarget checkAlso(String option, Path file, Path out, Path input, Path modelDir,
      Path... others) {
    Path absolute = file.toAbsolutePath().normalize();
    java.util.List<Path> taken = new java.util.ArrayList<>();
    if (out != null) {
      taken.add(out.toAbsolutePath().normalize());
      taken.add(InferenceProvenance.fileFor(out.toAbsolutePath().normalize()));
    }
    for (Path other : others) {
      if (other != null) {
        taken.add(other.toAbsolutePath().normalize());
      }
    }
    for (Path other : taken) {
      if (absolute.equals(other) || (Files.exists(absolute) && isSameFile(absolute, other))) {
        throw new InputException(option + " " + file + ": is another file this inference writes (the table, its "
            + "provenance, or the file of another option); choose another name");
      }
    }
    return new InferenceTarget(file, checkPath(option, file, input, modelDir));
  }

  /** Refuses a folder, the input, or a file of the model folder; returns whether it is a device or pipe. */
  private static boolean checkPath(String option, Path out, Path input, Path modelDir) {
    Path absolute = out.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw new InputException(option + " " + out + ": is a folder; name a file such as new-papers.csv");
    }
    boolean exists = Files.exists(absolute);
    if (exists && isSameFile(absolute, input)) {
      throw new InputException(option + " " + out + ": is the input file; choose another name");
    }
    Path report = reportOf(modelDir);
    if (isInside(absolute, report)) {
      throw new InputException(option + " " + out + ": is inside " + (report.equals(modelDir)
          ? "the model folder " + modelDir + ", which inference reads"
          : "the report folder " + report + " of the model") + "; choose another name");
    }
    return exists && !Files.isRegularFile(absolute);
  }

  /**
   * The folder no output of inference may be written into: the report the model folder belongs to (its parent, when
   * that holds the report's {@code run.json}), whose tables, charts and model a write would overwrite; else the
   * model folder alone.
   */
  private static Path reportOf(Path modelDir) {
    Path parent = modelDir.toAbsolutePath().normalize().getParent();
    return parent != null && Files.isRegularFile(parent.resolve(ReportContents.MARKER)) ? parent : modelDir;
  }

  private static boolean isOurProvenance(Path file) {
    try {
      JsonNode json = JSON.readTree(file.toFile());
      return json != null && InferenceProvenance.TOOL.equals(json.path("tool").asText(null));
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether {@code file} is in {@code dir} (links resolved where they exist). */
  private static boolean isInside(Path file, Path dir) {
    try {
      Path realDir = dir.toRealPath();
      Path parent = file.getParent() == null ? null : file.getParent().toRealPath();
      return parent != null && parent.resolve(file.getFileName()).startsWith(realDir);
    } catch (IOException e) {
      return false; // a folder that does not exist holds nothing
    }
  }
}
