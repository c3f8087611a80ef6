package dev.landscape.cli;

import dev.landscape.themes.ThemeFile;
import dev.landscape.themes.ThemeOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code --themes FILE|none} of run and report: the named themes it asks for. */
final class ThemeChoice {
  private ThemeChoice() {}

  /**
   * The themes {@code option} names (null: data/themes.yaml in the working folder, else the built-in copy), with the
   * default seed confidence. A broken file fails here, before any work, as an input error.
   */
  static ThemeOptions of(String option) {
    if (option == null) {
      String source = Files.isRegularFile(ThemeFile.DEFAULT) ? ThemeFile.DEFAULT.toString() : "(built-in)";
      return new ThemeOptions(ThemeFile.loadDefault(), source, ThemeOptions.DEFAULT_CONFIDENCE);
    }
    if (option.strip().equalsIgnoreCase("none")) {
      return new ThemeOptions(List.of(), null, ThemeOptions.DEFAULT_CONFIDENCE);
    }
    return new ThemeOptions(ThemeFile.load(Path.of(option)), option, ThemeOptions.DEFAULT_CONFIDENCE);
  }
}
