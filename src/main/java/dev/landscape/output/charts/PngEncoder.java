package dev.landscape.output.charts;

import ar.com.hjg.pngj.FilterType;
import ar.com.hjg.pngj.ImageInfo;
import ar.com.hjg.pngj.ImageLineByte;
import ar.com.hjg.pngj.PngWriter;
import ar.com.hjg.pngj.PngjException;
import ar.com.hjg.pngj.chunks.PngChunkPLTE;
import com.carrotsearch.hppc.IntIntHashMap;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a chart's pixels as a lossless PNG, fast: most of a chart's time was PNG encoding.
 *
 * <ul>
 *   <li>A chart of at most 256 colours (bars and text: the term charts, most of a run's charts) is written with a
 *       palette, one byte per pixel instead of three, so deflate has a third of the bytes to compress. Charts with
 *       more colours (gradients, many overlapping translucent marks) are written as RGB. Either way every pixel is
 *       kept exactly.
 *   <li>Rows unfiltered and deflate level 1: ImageIO's writer tries all five filters on every row, and deflate at
 *       higher levels was still most of the chart time; level 1 costs about 30% in file size. Charts are flat colour,
 *       so no filter compresses as well as "sub" did (221 KB against 246 KB on the 78k terms overview) and skips a
 *       pass over every byte.
 * </ul>
 */
final class PngEncoder {
  static final int MAX_PALETTE = 256;

  private PngEncoder() {}

  /** Writes {@code image} (of type {@link BufferedImage#TYPE_INT_RGB}) to {@code file}. */
  static void write(BufferedImage image, Path file) throws IOException {
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    Indexed indexed = Indexed.of(pixels);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      if (indexed != null) {
        writeIndexed(indexed, image.getWidth(), image.getHeight(), out);
      } else {
        writeRgb(pixels, image.getWidth(), image.getHeight(), out);
      }
    } catch (PngjException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * An image as palette indices: its colours in order of first appearance and one byte per pixel.
   *
   * @param palette the colours (RGB)
   * @param indices per pixel, its colour's index in {@code palette}
   */
  record Indexed(int[] palette, byte[] indices) {
    /** {@code pixels} indexed in one pass, or null when they hold more than {@link #MAX_PALETTE} colours. */
    static Indexed of(int[] pixels) {
      IntIntHashMap index = new IntIntHashMap(MAX_PALETTE * 2);
      int[] colours = new int[MAX_PALETTE];
      byte[] indices = new byte[pixels.length];
      int last = -1;
      byte lastIndex = 0;
      for (int i = 0; i < pixels.length; i++) {
        int rgb = pixels[i] & 0xFFFFFF;
        if (rgb != last) { // runs of one colour are most of a chart: look up only where the colour changes
          last = rgb;
          int slot = index.indexOf(rgb);
          if (index.indexExists(slot)) {
            lastIndex = (byte) index.indexGet(slot);
          } else if (index.size() == MAX_PALETTE) {
            return null;
          } else {
            lastIndex = (byte) index.size();
            colours[index.size()] = rgb;
            index.indexInsert(slot, rgb, index.size());
          }
        }
        indices[i] = lastIndex;
      }
      return new Indexed(java.util.Arrays.copyOf(colours, index.size()), indices);
    }
  }

  private static void writeIndexed(Indexed image, int width, int height, OutputStream out) {
    ImageInfo info = new ImageInfo(width, height, 8, false, false, true);
    PngWriter writer = start(out, info);
    int[] palette = image.palette();
    PngChunkPLTE plte = writer.getMetadata().createPLTEChunk();
    plte.setNentries(palette.length);
    for (int i = 0; i < palette.length; i++) {
      plte.setEntry(i, palette[i] >> 16 & 0xFF, palette[i] >> 8 & 0xFF, palette[i] & 0xFF);
    }
    ImageLineByte line = new ImageLineByte(info);
    byte[] row = line.getScanlineByte();
    for (int y = 0; y < height; y++) {
      System.arraycopy(image.indices(), y * width, row, 0, width);
      writer.writeRow(line);
    }
    writer.end();
  }

  private static void writeRgb(int[] pixels, int width, int height, OutputStream out) {
    ImageInfo info = new ImageInfo(width, height, 8, false);
    PngWriter writer = start(out, info);
    ImageLineByte line = new ImageLineByte(info);
    byte[] rgb = line.getScanlineByte();
    for (int y = 0; y < height; y++) {
      for (int x = 0, i = y * width, j = 0; x < width; x++, i++) {
        int p = pixels[i];
        rgb[j++] = (byte) (p >> 16);
        rgb[j++] = (byte) (p >> 8);
        rgb[j++] = (byte) p;
      }
      writer.writeRow(line);
    }
    writer.end();
  }

  private static PngWriter start(OutputStream out, ImageInfo info) {
    PngWriter writer = new PngWriter(out, info);
    writer.setFilterType(FilterType.FILTER_NONE);
    writer.setCompLevel(1);
    return writer;
  }
}
