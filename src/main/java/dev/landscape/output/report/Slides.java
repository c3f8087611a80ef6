package dev.landscape.output.report;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/**
 * Slides made from the deck's master layouts, so that every slide's title is a real title placeholder (outline view,
 * screen readers and accessibility checkers find it), every picture carries alt text and every slide speaker notes.
 * The default master is laid out for 4:3, so each placeholder is placed again for the 16:9 page.
 */
final class Slides {
  static final Rectangle TITLE = new Rectangle(40, 18, 880, 56);
  private final XMLSlideShow deck;

  Slides(XMLSlideShow deck) {
    this.deck = deck;
  }

  /** A slide of {@code layout} whose title placeholder says {@code title}. */
  XSLFSlide slide(SlideLayout layout, String title, Rectangle titleBox, double titleSize) {
    XSLFSlideLayout master = deck.getSlideMasters().get(0).getLayout(layout);
    XSLFSlide slide = deck.createSlide(master);
    XSLFTextShape heading = placeholder(slide, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
    heading.setAnchor(titleBox);
    heading.clearText();
    XSLFTextRun run = heading.addNewTextParagraph().addNewTextRun();
    run.setText(title);
    run.setFontSize(fittedSize(title, titleBox, titleSize));
    run.setBold(true);
    heading.setWordWrap(true);
    return slide;
  }

  /** The smallest type a title may get: below it, a title is too long for a slide, and it wraps further. */
  static final double SMALLEST_TITLE = 16;

  /**
   * The largest size up to {@code size} at which {@code title}, wrapped at spaces, fits {@code box} (a title is a
   * finding: it is never cut). Measured with the JVM's bold sans serif, a little wider than the deck's Calibri, and
   * 1.2 lines of height per line, less the placeholder's insets.
   */
  static double fittedSize(String title, Rectangle box, double size) {
    java.awt.image.BufferedImage scratch = new java.awt.image.BufferedImage(1, 1,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = scratch.createGraphics();
    try {
      for (double points = size; points > SMALLEST_TITLE; points -= 1) {
        java.awt.FontMetrics metrics = g.getFontMetrics(new java.awt.Font(java.awt.Font.SANS_SERIF,
            java.awt.Font.BOLD, (int) Math.round(points)));
        if (lines(title, metrics, box.width - 14) * points * 1.2 <= box.height - 7) {
          return points;
        }
      }
      return SMALLEST_TITLE;
    } finally {
      g.dispose();
    }
  }

  /** Lines {@code text} takes wrapped at spaces in {@code width}. */
  private static int lines(String text, java.awt.FontMetrics metrics, int width) {
    int lines = 1;
    int used = 0;
    for (String word : text.split(" ")) {
      int w = metrics.stringWidth(used == 0 ? word : " " + word);
      if (used > 0 && used + w > width) {
        lines++;
        used = metrics.stringWidth(word);
      } else {
        used += w;
      }
    }
    return lines;
  }

  /** The slide's placeholder of the first of {@code types} it has. */
  static XSLFTextShape placeholder(XSLFSlide slide, Placeholder... types) {
    for (Placeholder type : types) {
      for (XSLFTextShape shape : slide.getPlaceholders()) {
        if (shape.getTextType() == type) {
          return shape;
        }
      }
    }
    throw new IllegalStateException("the slide layout has no " + types[0] + " placeholder");
  }

  /**
   * Fills the body placeholder with {@code lines} as bullets in {@code box}, at {@code size} points, shrinking the
   * type for long lists so that they stay on the slide.
   */
  static void bullets(XSLFSlide slide, Rectangle box, List<String> lines, double size) {
    XSLFTextShape body = placeholder(slide, Placeholder.BODY, Placeholder.CONTENT, Placeholder.SUBTITLE);
    body.setAnchor(box);
    body.setWordWrap(true);
    body.clearText();
    for (String line : lines) {
      XSLFTextParagraph p = body.addNewTextParagraph();
      p.setSpaceAfter(4.0);
      XSLFTextRun run = p.addNewTextRun();
      run.setText(line);
      run.setFontSize(size);
    }
  }

  /** The PNG {@code png} placed in {@code box}, described by {@code alt} (its alt text and title). */
  void picture(XSLFSlide slide, Path png, Rectangle box, String alt) throws IOException {
    XSLFPictureData data = deck.addPicture(Files.readAllBytes(png), PictureData.PictureType.PNG);
    XSLFPictureShape picture = slide.createPicture(data);
    picture.setAnchor(box);
    var properties = ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr();
    properties.setDescr(alt);
    properties.setTitle(alt);
  }

  /** Speaker notes for {@code slide}: the numbers behind it, one paragraph each. */
  void notes(XSLFSlide slide, List<String> lines) {
    XSLFNotes notes = deck.getNotesSlide(slide);
    for (XSLFTextShape shape : notes.getPlaceholders()) {
      if (shape.getTextType() == Placeholder.BODY) {
        shape.clearText();
        for (String line : lines) {
          shape.addNewTextParagraph().addNewTextRun().setText(line);
        }
        return;
      }
    }
  }
}
