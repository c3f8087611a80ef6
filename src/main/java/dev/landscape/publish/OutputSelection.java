package dev.landscape.publish;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which outputs a run writes ({@code --outputs}) and in which formats its charts are saved ({@code --chart-formats}).
 * run.json is always written. The report and the deck show charts, so either brings the charts with it, and each
 * needs the formats it shows: report.html embeds the SVGs and report.md links the PNGs, the deck holds the PNGs.
 *
 * @param outputs what is written
 * @param chartFormats the charts' formats, in the order png, svg, pdf
 */
public record OutputSelection(Set<Output> outputs, List<String> chartFormats) {
  /** What a run can write. */
  public enum Output {
    /** The CSV tables. */
    CSV,
    /** landscape.xlsx, every table in one workbook. */
    XLSX,
    /** charts/ and its index. */
    CHARTS,
    /** report.html and report.md. */
    REPORT,
    /** landscape.pptx. */
    DECK,
    /** model/ (for landscape infer) and state/ (for landscape report --from). */
    MODEL;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static final List<String> FORMATS = List.of("png", "svg", "pdf");
  /** Everything, in every format: the default. */
  public static final OutputSelection ALL = new OutputSelection(EnumSet.allOf(Output.class), FORMATS);

  public OutputSelection {
    outputs = Set.copyOf(outputs);
    chartFormats = List.copyOf(chartFormats);
  }

  /**
   * Parses {@code --outputs} ({@code all}, or names separated by commas) and {@code --chart-formats}.
   *
   * @throws IllegalArgumentException naming what is wrong, for the usage error
   */
  public static OutputSelection parse(String outputs, String formats) {
    EnumSet<Output> chosen = EnumSet.noneOf(Output.class);
    for (String name : items(outputs, "--outputs")) {
      if (name.equals("all")) {
        chosen.addAll(EnumSet.allOf(Output.class));
        continue;
      }
      try {
        chosen.add(Output.valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--outputs: unknown output '" + name + "'; choose from all, "
            + String.join(", ", EnumSet.allOf(Output.class).stream().map(Output::key).toList()));
      }
    }
    List<String> wanted = items(formats, "--chart-formats");
    for (String format : wanted) {
      if (!FORMATS.contains(format)) {
        throw new IllegalArgumentException("--chart-formats: unknown format '" + format + "'; choose from "
            + String.join(", ", FORMATS));
      }
    }
    List<String> ordered = FORMATS.stream().filter(wanted::contains).toList();
    if (chosen.contains(Output.REPORT) && !ordered.containsAll(List.of("png", "svg"))) {
      throw new IllegalArgumentException("--outputs report needs png and svg in --chart-formats (report.html "
          + "embeds the SVG charts, report.md links the PNG ones); add them or leave report out");
    }
    if (chosen.contains(Output.DECK) && !ordered.contains("png")) {
      throw new IllegalArgumentException("--outputs deck needs png in --chart-formats (the slides hold the PNG "
          + "charts); add it or leave deck out");
    }
    if (chosen.contains(Output.REPORT) || chosen.contains(Output.DECK)) {
      chosen.add(Output.CHARTS); // they show the charts, from charts/
    }
    return new OutputSelection(chosen, ordered);
  }

  private static List<String> items(String list, String option) {
    List<String> items = new ArrayList<>();
    for (String item : list.split(",", -1)) {
      String name = item.strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        throw new IllegalArgumentException(option + ": an empty name in '" + list + "'");
      }
      items.add(name);
    }
    return items;
  }

  public boolean has(Output output) {
    return outputs.contains(output);
  }

  /** The names, in the order of {@link Output}, as run.json lists them. */
  public List<String> names() {
    return EnumSet.copyOf(outputs).stream().map(Output::key).toList();
  }
}
