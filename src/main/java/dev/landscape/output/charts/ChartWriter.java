package dev.landscape.output.charts;

import de.erichseifert.vectorgraphics2d.intermediate.CommandSequence;
import de.erichseifert.vectorgraphics2d.intermediate.MutableCommandSequence;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Command;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawStringCommand;
import dev.landscape.io.ControlCharacters;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.Processor;
import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Saves figures as PNG (1920 x 1080 times the scale) and as SVG and PDF vectors, each with the run's footer (corpus,
 * papers, dates, model settings) along the bottom.
 */
public final class ChartWriter {
  static final int FOOTER_HEIGHT = 44;
  /** The formats a figure can be written in, and by default is. */
  public static final List<String> FORMATS = List.of("png", "svg", "pdf");

  private final Path dir;
  private final String footer;
  private final int scale;
  private final List<String> formats;

  /**
   * @param dir where the files go
   * @param footer the line along the bottom of every chart
   * @param scale PNG pixels per chart unit: 1 for 1920 x 1080, 2 for 4K
   */
  public ChartWriter(Path dir, String footer, int scale) {
    this(dir, footer, scale, FORMATS);
  }

  /** As {@link #ChartWriter(Path, String, int)}, in {@code formats} only (some of {@link #FORMATS}). */
  public ChartWriter(Path dir, String footer, int scale, List<String> formats) {
    if (scale < 1 || scale > 4) {
      throw new IllegalArgumentException("--chart-scale must be 1, 2, 3 or 4, found " + scale);
    }
    if (formats.isEmpty() || !FORMATS.containsAll(formats)) {
      throw new IllegalArgumentException("chart formats must be some of " + FORMATS + ", found " + formats);
    }
    this.dir = dir;
    this.footer = footer;
    this.scale = scale;
    this.formats = List.copyOf(formats);
  }

  /** Writes {@code figure} in each of its formats; returns the file names. */
  public List<String> write(Figure figure) {
    String name = figure.name();
    try {
      if (formats.contains("png")) {
        BufferedImage image = new BufferedImage(ChartStyle.WIDTH * scale, ChartStyle.HEIGHT * scale,
            BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(scale, scale);
        paint(figure, g);
        g.dispose();
        PngEncoder.write(image, dir.resolve(name + ".png"));
      }
      if (formats.contains("svg") || formats.contains("pdf")) {
        // One vector drawing serves both vector formats: one paint fewer per chart.
        VectorGraphics2D vector = new VectorGraphics2D();
        paint(figure, vector);
        for (String format : List.of("svg", "pdf")) {
          if (formats.contains(format)) {
            vector(vector, format, dir.resolve(name + "." + format));
          }
        }
      }
      return formats.stream().map(f -> name + "." + f).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + name + ": " + e.getMessage(), e);
    }
  }

  private static void vector(VectorGraphics2D g, String format, Path file) throws IOException {
    Processor processor = Processors.get(format);
    Document document = processor.getDocument(withoutControls(g.getCommands()),
        new PageSize(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
    try (OutputStream out = Files.newOutputStream(file)) {
      document.writeTo(out);
    }
  }

  /**
   * The drawing with control characters in its text replaced: most are illegal in XML even escaped, so one in a
   * title or the footer (an input file name) would make the SVG unreadable. Here every string drawn passes.
   */
  private static CommandSequence withoutControls(CommandSequence commands) {
    MutableCommandSequence clean = new MutableCommandSequence();
    for (Command<?> command : commands) {
      if (command instanceof DrawStringCommand text) {
        String value = ControlCharacters.replace(text.getValue());
        clean.add(value.equals(text.getValue()) ? command : new DrawStringCommand(value, text.getX(), text.getY()));
      } else {
        clean.add(command);
      }
    }
    return clean;
  }

  /** The figure above, the footer below. */
  private void paint(Figure figure, Graphics2D g) {
    int plotHeight = ChartStyle.HEIGHT - FOOTER_HEIGHT;
    ChartStyle.prepare(g, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    Graphics2D plot = (Graphics2D) g.create(0, 0, ChartStyle.WIDTH, plotHeight);
    figure.painter().paint(plot, ChartStyle.WIDTH, plotHeight);
    plot.dispose();
    g.setColor(ChartStyle.GRID);
    g.drawLine(40, plotHeight, ChartStyle.WIDTH - 40, plotHeight);
    g.setFont(ChartStyle.FOOTER);
    g.setColor(ChartStyle.MUTED);
    g.drawString(ChartStyle.fit(g, footer, ChartStyle.WIDTH - 80), 40, plotHeight + 30);
  }
}
