package dev.landscape.output.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Saves charts as PNG files. */
public final class ChartWriter {
  private ChartWriter() {}

  /** Saves {@code chart} as {@code dir/name.png}; returns the file name. */
  public static String png(Chart<?, ?> chart, Path dir, String name) {
    try {
      BitmapEncoder.saveBitmap(chart, dir.resolve(name).toString(), BitmapEncoder.BitmapFormat.PNG);
      return name + ".png";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + ".png: " + e.getMessage(), e);
    }
  }
}
