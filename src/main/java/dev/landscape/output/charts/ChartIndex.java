package dev.landscape.output.charts;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The charts a run drew, by name, and where: what the report embeds, known from the drawing itself rather than
 * found by looking at the disk.
 *
 * @param dir the charts folder
 * @param names the names drawn ({@code theme-share}, {@code terms-theme-3}), each in every format of ChartWriter
 */
public record ChartIndex(Path dir, Set<String> names) {
  public ChartIndex {
    names = Set.copyOf(names);
  }

  static ChartIndex of(Path dir, List<Figure> figures) {
    return new ChartIndex(dir, figures.stream().map(Figure::name).collect(Collectors.toSet()));
  }

  /** The SVG of chart {@code name}, or null when it was not drawn. */
  public Path svg(String name) {
    return names.contains(name) ? dir.resolve(name + ".svg") : null;
  }
}
