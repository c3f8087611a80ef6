package dev.landscape.output.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PNGs are lossless whichever way they are written: palette for few colours, RGB beyond 256. */
class PngEncoderTest {
  @TempDir Path dir;

  @Test
  void aChartOfFewColoursIsWrittenWithAPaletteAndEveryPixelKept() throws Exception {
    BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 300, 120);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(31, 119, 180));
    g.fillRect(10, 10, 200, 30);
    g.setColor(Color.DARK_GRAY);
    g.drawString("language model", 10, 80); // anti-aliased: a few dozen greys
    g.dispose();

    BufferedImage read = roundTrip(image);

    assertEquals(IndexColorModel.class, read.getColorModel().getClass());
    assertSamePixels(image, read);
  }

  @Test
  void moreThan256ColoursAreWrittenAsRgbAndEveryPixelKept() throws Exception {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        image.setRGB(x, y, (x * 4) << 16 | (y * 4) << 8 | 0x80); // 4,096 colours
      }
    }
    int[] pixels = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
    assertNull(PngEncoder.Indexed.of(pixels));

    BufferedImage read = roundTrip(image);

    assertEquals(false, read.getColorModel() instanceof IndexColorModel);
    assertSamePixels(image, read);
  }

  @Test
  void thePaletteListsColoursInTheOrderTheyFirstAppearAndEveryPixelPointsToItsOwn() {
    int[] pixels = {0x00FFFFFF, 0x00FFFFFF, 0x00123456, 0x00FFFFFF, 0x00ABCDEF, 0x00123456};
    PngEncoder.Indexed indexed = PngEncoder.Indexed.of(pixels);
    assertArrayEquals(new int[] {0xFFFFFF, 0x123456, 0xABCDEF}, indexed.palette());
    assertArrayEquals(new byte[] {0, 0, 1, 0, 2, 1}, indexed.indices());
  }

  private BufferedImage roundTrip(BufferedImage image) throws Exception {
    Path file = dir.resolve("chart.png");
    PngEncoder.write(image, file);
    return ImageIO.read(file.toFile());
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertEquals(expected.getWidth(), actual.getWidth());
    assertEquals(expected.getHeight(), actual.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "pixel " + x + "," + y);
      }
    }
  }
}
