package dev.landscape.output.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;

/**
 * The look shared by every chart: 16:9, large type for a room, white background, and the colour-blind-safe palette.
 * Theme colours are Okabe-Ito's (without black, which hides labels drawn over it), then Paul Tol's muted scheme, assigned in theme order, so a theme has the
 * same colour in every chart; "Other" is grey.
 */
public final class ChartStyle {
  public static final int WIDTH = 1920;
  public static final int HEIGHT = 1080;
  /**
   * DejaVu Sans, the sans-serif face of a plain Debian, named as a physical font when installed: with the logical
   * "SansSerif" the vector encoder searched for the physical font behind every string, which took most of the
   * charts' time. Other machines fall back to the logical name.
   */
  public static final String FONT = physical("DejaVu Sans");
  public static final Font TITLE = new Font(FONT, Font.BOLD, 40);
  public static final Font SUBTITLE = new Font(FONT, Font.PLAIN, 26);
  public static final Font LABEL = new Font(FONT, Font.PLAIN, 24);
  public static final Font SMALL = new Font(FONT, Font.PLAIN, 20);
  public static final Font FOOTER = new Font(FONT, Font.PLAIN, 18);
  public static final Color TEXT = new Color(0x222222);
  public static final Color MUTED = new Color(0x777777);
  public static final Color GRID = new Color(0xDDDDDD);
  public static final Color GREY = new Color(0xBBBBBB);

  private static final List<Color> PALETTE = List.of(
      new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7), new Color(0x56B4E9),
      new Color(0xD55E00), new Color(0xF0E442),
      new Color(0x332288), new Color(0x88CCEE), new Color(0x44AA99), new Color(0x117733), new Color(0x999933),
      new Color(0xDDCC77), new Color(0xCC6677), new Color(0x882255), new Color(0xAA4499));

  private ChartStyle() {}

  private static String physical(String family) {
    String[] installed = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(
        java.util.Locale.ROOT);
    return java.util.Arrays.asList(installed).contains(family) ? family : Font.SANS_SERIF;
  }

  /** The colour of theme {@code t}; themes beyond the palette repeat it, lightened. */
  public static Color themeColor(int t, boolean other) {
    if (other) {
      return GREY;
    }
    Color base = PALETTE.get(t % PALETTE.size());
    int round = t / PALETTE.size();
    if (round == 0) {
      return base;
    }
    double mix = Math.min(0.6, 0.35 * round);
    return new Color((int) (base.getRed() + (255 - base.getRed()) * mix),
        (int) (base.getGreen() + (255 - base.getGreen()) * mix), (int) (base.getBlue() + (255 - base.getBlue()) * mix));
  }

  /**
   * {@code font}, or the same font made smaller (down to {@code smallest} points), so that {@code text} fits on one
   * line of {@code width} pixels; null when it does not fit even then. For titles drawn by XChart, which does not
   * wrap them: a title is a finding and is never clipped.
   */
  static Font fitting(String text, Font font, int width, int smallest) {
    java.awt.font.FontRenderContext context = new java.awt.font.FontRenderContext(null, true, true);
    for (int size = font.getSize(); size >= smallest; size--) {
      Font candidate = font.deriveFont((float) size);
      if (candidate.getStringBounds(text, context).getWidth() <= width) {
        return candidate;
      }
    }
    return null;
  }

  /** Antialiasing and a white page. */
  static void prepare(Graphics2D g, int width, int height) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
  }

  /**
   * Draws the title (and an optional subtitle) at the top, each wrapped onto as many lines as it needs: a title is
   * a finding and is never cut. Returns the y where the plot may start.
   */
  static int title(Graphics2D g, String title, String subtitle, int width) {
    g.setColor(TEXT);
    g.setFont(TITLE);
    int y = 40;
    for (String line : lines(g, title, width - 80)) {
      y += g.getFontMetrics().getAscent();
      g.drawString(line, 40, y);
      y += g.getFontMetrics().getDescent();
    }
    if (subtitle != null && !subtitle.isEmpty()) {
      g.setFont(SUBTITLE);
      g.setColor(MUTED);
      y += 12;
      for (String line : lines(g, subtitle, width - 80)) {
        y += g.getFontMetrics().getAscent();
        g.drawString(line, 40, y);
        y += g.getFontMetrics().getDescent();
      }
    }
    return y + 30;
  }

  /** The words of {@code text} in lines no wider than {@code max} pixels in the current font (a long word whole). */
  static List<String> lines(Graphics2D g, String text, int max) {
    FontMetrics fm = g.getFontMetrics();
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (fm.stringWidth(candidate) > max && line.length() > 0) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** {@code text}, cut with an ellipsis when wider than {@code max} pixels in the current font. */
  static String fit(Graphics2D g, String text, int max) {
    FontMetrics fm = g.getFontMetrics();
    if (fm.stringWidth(text) <= max) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && fm.stringWidth(cut + "…") > max) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.strip() + "…";
  }

  /** A share as people read it: 12.3%. */
  static String percent(double share) {
    return String.format(java.util.Locale.ROOT, share >= 0.1 || share == 0 ? "%.0f%%" : "%.1f%%", 100 * share);
  }
}
