package dev.landscape.output.charts;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The charts a run drew, by name, in which formats, and where: what the report embeds and the deck shows, known from
 * the drawing itself rather than found by looking at the disk.
 *
 * @param dir the charts folder
 * @param names the names drawn ({@code theme-share}, {@code terms-theme-3})
 * @param formats the formats each was drawn in (some of png, svg, pdf)
 */
public record ChartIndex(Path dir, Set<String> names, Set<String> formats) {
  public ChartIndex {
    names = Set.copyOf(names);
    formats = Set.copyOf(formats);
  }

  static ChartIndex of(Path dir, List<Figure> figures, List<String> formats) {
    return new ChartIndex(dir, figures.stream().map(Figure::name).collect(Collectors.toSet()), Set.copyOf(formats));
  }

  /** Chart {@code name} in {@code format}, or null when it was not drawn in it. */
  public Path file(String name, String format) {
    return names.contains(name) && formats.contains(format) ? dir.resolve(name + "." + format) : null;
  }
}
