package dev.landscape.output.report;

import dev.landscape.progress.Counts;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
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
 * A theme's slide: its numbers and description under the title, its chart (the terms that set it apart) at the
 * left, three representative papers (linked to arXiv) with their scores at the right, and the same in the speaker
 * notes. Without a chart, its top terms take the chart's place.
 */
final class ThemeSlide {
  private static final Rectangle CHART = new Rectangle(30, 190, 540, 304);
  private static final Rectangle PAPERS = new Rectangle(585, 190, 345, 330);

  private ThemeSlide() {}

  static void add(Slides slides, Path dir, ReportData.ThemeView theme, boolean verdicts) throws IOException {
    XSLFSlide slide = slides.slide(SlideLayout.TITLE_AND_CONTENT, theme.name(), Slides.TITLE, 28);
    ReportData.Size size = theme.size();
    ReportData.About about = theme.about();
    String numbers = size.share() + " of the corpus · " + Counts.of(size.papers(), "paper")
        + (size.range().isEmpty() ? "" : " (range " + size.range() + (size.unsure() ? ", unsure" : "") + ")")
        + (verdicts && !theme.trend().verdict().isEmpty() ? " · " + theme.trend().verdict() : "");
    List<String> lead = new ArrayList<>(List.of(numbers));
    if (!about.description().isBlank()) {
      lead.add(about.description() + (about.parent().isEmpty() ? "" : " (" + about.parent() + ")"));
    }
    Slides.bullets(slide, new Rectangle(40, 80, 880, 105), lead, 16);
    XSLFTextShape body = Slides.placeholder(slide, Placeholder.BODY, Placeholder.CONTENT);
    body.getTextParagraphs().forEach(p -> p.setBullet(false));
    if (theme.evidence().chart() != null) {
      slides.picture(slide, dir.resolve(theme.evidence().chart().png()), CHART, theme.evidence().chart().alt());
    } else {
      XSLFTextBox terms = slide.createTextBox();
      terms.setAnchor(CHART);
      terms.setWordWrap(true);
      terms.clearText();
      heading(terms, "Top terms");
      line(terms, String.join(", ", theme.evidence().topTerms()), 15);
    }
    XSLFTextBox papers = slide.createTextBox();
    papers.setAnchor(PAPERS);
    papers.setWordWrap(true);
    papers.clearText();
    heading(papers, "Representative papers");
    List<String> notes = new ArrayList<>(lead);
    notes.add("Top terms: " + theme.evidence().topTermsText());
    List<ReportData.PaperView> shown = theme.evidence().representatives().stream()
        .limit(SlideDeck.PAPERS_PER_THEME).toList();
    for (ReportData.PaperView paper : shown) {
      String cited = paper.shortTitle() + " (" + paper.id() + (paper.score().isEmpty() ? "" : ", score "
          + paper.score()) + ")";
      XSLFTextParagraph p = line(papers, cited, 13);
      p.setBullet(true);
      p.setSpaceBefore(6.0);
      if (paper.url() != null) {
        p.getTextRuns().get(0).createHyperlink().setAddress(paper.url());
      }
      notes.add(paper.title() + " (" + paper.id() + (paper.score().isEmpty() ? "" : ", score " + paper.score())
          + ")");
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
