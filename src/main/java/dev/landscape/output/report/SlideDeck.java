package dev.landscape.output.report;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * landscape.pptx, written with Apache POI: 16:9 slides built from {@link ReportData} and the PNG charts. A title
 * slide, the summary, the theme shares, one slide per theme (its top terms and three representative papers), the
 * trends, the distance map, and the method.
 */
public final class SlideDeck {
  public static final String FILE = "landscape.pptx";
  /** 16:9 in points (13.33 x 7.5 inches). */
  static final int WIDTH = 960;
  static final int HEIGHT = 540;
  static final int PAPERS_PER_THEME = 3;

  private SlideDeck() {}

  /** Writes the deck into {@code dir} (which holds charts/); returns its name. */
  public static String write(ReportData data, Path dir) {
    try (XMLSlideShow deck = new XMLSlideShow()) {
      deck.setPageSize(new Dimension(WIDTH, HEIGHT));
      titleSlide(deck, data);
      textSlide(deck, "Summary", data.summary().findings());
      pictureSlide(deck, dir, "Where the corpus's attention goes", data.charts().share());
      for (ReportData.ThemeView theme : data.themes()) {
        if (theme.found()) {
          themeSlide(deck, dir, theme);
        }
      }
      pictureSlide(deck, dir, "What rises and what fades", data.charts().trends());
      pictureSlide(deck, dir, "How the topics relate", data.charts().map());
      textSlide(deck, "Method", data.method().stream().filter(f -> !f.label().equals("Versions"))
          .map(f -> f.label() + ": " + f.value()).toList());
      try (OutputStream out = Files.newOutputStream(dir.resolve(FILE))) {
        deck.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE + ": " + e.getMessage(), e);
    }
    return FILE;
  }

  private static void titleSlide(XMLSlideShow deck, ReportData data) {
    XSLFSlide slide = deck.createSlide();
    text(slide, new Rectangle(60, 170, 840, 120), data.title(), 40, true, Color.BLACK);
    ReportData.Summary s = data.summary();
    text(slide, new Rectangle(60, 300, 840, 60), s.papers() + " papers" + (s.period().isEmpty() ? "" : ", "
        + s.period()) + " · " + s.topics() + " topics · " + s.themes() + " themes", 24, false, Color.DARK_GRAY);
  }

  private static void textSlide(XMLSlideShow deck, String title, List<String> lines) {
    XSLFSlide slide = deck.createSlide();
    text(slide, new Rectangle(40, 25, 880, 60), title, 32, true, Color.BLACK);
    XSLFTextBox box = slide.createTextBox();
    box.setAnchor(new Rectangle(50, 100, 860, 410));
    box.clearText();
    int size = lines.size() > 8 ? 14 : 20;
    for (String line : lines) {
      XSLFTextParagraph p = box.addNewTextParagraph();
      p.setBullet(true);
      p.setSpaceAfter(6.0);
      XSLFTextRun run = p.addNewTextRun();
      run.setText(line);
      run.setFontSize((double) size);
    }
  }

  /** A chart filling the slide below its title; nothing when the chart was not drawn. */
  private static void pictureSlide(XMLSlideShow deck, Path dir, String title, ReportData.ChartView chart)
      throws IOException {
    if (chart == null) {
      return;
    }
    XSLFSlide slide = deck.createSlide();
    text(slide, new Rectangle(40, 10, 880, 50), title, 28, true, Color.BLACK);
    picture(deck, slide, dir, chart, new Rectangle(80, 60, 800, 450));
  }

  private static void themeSlide(XMLSlideShow deck, Path dir, ReportData.ThemeView theme) throws IOException {
    XSLFSlide slide = deck.createSlide();
    text(slide, new Rectangle(40, 10, 880, 50), theme.name(), 28, true, Color.BLACK);
    text(slide, new Rectangle(40, 55, 880, 30), theme.share() + " of the corpus · " + theme.papers() + " papers"
        + (theme.trend().isEmpty() ? "" : " · " + theme.trend()), 16, false, Color.DARK_GRAY);
    if (theme.chart() != null) {
      picture(deck, slide, dir, theme.chart(), new Rectangle(20, 95, 560, 315));
    }
    XSLFTextBox box = slide.createTextBox();
    box.setAnchor(new Rectangle(600, 100, 340, 420));
    box.clearText();
    XSLFTextParagraph heading = box.addNewTextParagraph();
    XSLFTextRun h = heading.addNewTextRun();
    h.setText("Representative papers");
    h.setBold(true);
    h.setFontSize(16.0);
    for (ReportData.PaperView paper : theme.representatives().stream().limit(PAPERS_PER_THEME).toList()) {
      XSLFTextParagraph p = box.addNewTextParagraph();
      p.setBullet(true);
      p.setSpaceBefore(6.0);
      XSLFTextRun run = p.addNewTextRun();
      run.setText(paper.title() + " (" + paper.id() + ")");
      run.setFontSize(13.0);
      if (paper.url() != null) {
        run.createHyperlink().setAddress(paper.url());
      }
    }
    text(slide, new Rectangle(20, 420, 560, 100), "Top terms: " + theme.topTermsText(), 13, false, Color.DARK_GRAY);
  }

  private static void picture(XMLSlideShow deck, XSLFSlide slide, Path dir, ReportData.ChartView chart,
      Rectangle box) throws IOException {
    XSLFPictureData data = deck.addPicture(Files.readAllBytes(dir.resolve(chart.png())), PictureData.PictureType.PNG);
    slide.createPicture(data).setAnchor(box);
  }

  private static void text(XSLFSlide slide, Rectangle box, String text, int size, boolean bold, Color color) {
    XSLFTextBox shape = slide.createTextBox();
    shape.setAnchor(box);
    shape.clearText();
    XSLFTextRun run = shape.addNewTextParagraph().addNewTextRun();
    run.setText(text);
    run.setFontSize((double) size);
    run.setBold(bold);
    run.setFontColor(color);
  }
}
