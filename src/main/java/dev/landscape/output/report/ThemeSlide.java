package dev.landscape.output.report;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * A theme's slide: its numbers and description under the title, its top terms at the left, three representative
 * papers (linked to arXiv) at the right, and the same in the speaker notes.
 */
final class ThemeSlide {
  private ThemeSlide() {}

  static void add(Slides slides, ReportData.ThemeView theme, boolean verdicts) {
    XSLFSlide slide = slides.slide(SlideLayout.TITLE_AND_CONTENT, theme.name(), Slides.TITLE, 28);
    String numbers = theme.share() + " of the corpus · " + theme.papers() + " papers"
        + (verdicts && !theme.trend().isEmpty() ? " · " + theme.trend() : "");
    List<String> lead = new ArrayList<>(List.of(numbers));
    if (!theme.description().isBlank()) {
      lead.add(theme.description() + (theme.parent().isEmpty() ? "" : " (" + theme.parent() + ")"));
    }
    Slides.bullets(slide, new Rectangle(40, 80, 880, 110), lead, 16);
    XSLFTextShape body = Slides.placeholder(slide, Placeholder.BODY, Placeholder.CONTENT);
    body.getTextParagraphs().forEach(p -> p.setBullet(false));
    XSLFTextBox terms = slide.createTextBox();
    terms.setAnchor(new Rectangle(40, 200, 330, 320));
    terms.setWordWrap(true);
    terms.clearText();
    heading(terms, "Top terms");
    for (String term : theme.topTerms()) {
      line(terms, term, 15).setBullet(true);
    }
    XSLFTextBox papers = slide.createTextBox();
    papers.setAnchor(new Rectangle(390, 200, 530, 320));
    papers.setWordWrap(true);
    papers.clearText();
    heading(papers, "Representative papers");
    List<String> notes = new ArrayList<>(lead);
    notes.add("Top terms: " + theme.topTermsText());
    for (ReportData.PaperView paper : theme.representatives().stream().limit(SlideDeck.PAPERS_PER_THEME).toList()) {
      String cited = paper.title().equals(paper.id()) ? paper.id() : paper.title() + " (" + paper.id() + ")";
      XSLFTextParagraph p = line(papers, cited, 14);
      p.setBullet(true);
      p.setSpaceBefore(6.0);
      if (paper.url() != null) {
        p.getTextRuns().get(0).createHyperlink().setAddress(paper.url());
      }
      notes.add(cited + (paper.weight().isEmpty() ? "" : ", score " + paper.weight()));
    }
    slides.notes(slide, notes);
  }

  private static void heading(XSLFTextBox box, String text) {
    XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
    run.setText(text);
    run.setBold(true);
    run.setFontSize(16.0);
  }

  private static XSLFTextParagraph line(XSLFTextBox box, String text, double size) {
    XSLFTextParagraph p = box.addNewTextParagraph();
    XSLFTextRun run = p.addNewTextRun();
    run.setText(text);
    run.setFontSize(size);
    return p;
  }
}
