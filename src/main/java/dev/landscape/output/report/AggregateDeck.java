package dev.landscape.output.report;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The deck of a landscape aggregated from assignment rows: title, summary (the report's headline and trend finding),
 * one slide per chart drawn (theme shares, trends, slopes) with the numbers in the speaker notes, and how it was
 * made; the same layouts, sizes and properties as a run's deck ({@link SlideDeck}).
 */
public final class AggregateDeck {
  private AggregateDeck() {}

  /** Writes landscape.pptx into {@code dir}, which holds the charts; returns its name. */
  public static String write(AggregateReport report, String started, Path dir) {
    try (XMLSlideShow deck = new XMLSlideShow()) {
      deck.setPageSize(new Dimension(SlideDeck.WIDTH, SlideDeck.HEIGHT));
      SlideDeck.properties(deck, report.title(), report.headline(), started);
      Slides slides = new Slides(deck);
      XSLFSlide title = slides.slide(SlideLayout.TITLE, report.title(), new Rectangle(60, 150, 840, 140), 38);
      Slides.bullets(title, new Rectangle(60, 310, 840, 90), List.of("Made with landscape"
          + (started.length() >= 10 ? " on " + started.substring(0, 10) : "")), 22);
      slides.notes(title, List.of(report.headline()));
      XSLFSlide summary = slides.slide(SlideLayout.TITLE_AND_CONTENT, "Summary", Slides.TITLE, 32);
      List<String> findings = List.of(report.headline(), report.trend());
      Slides.bullets(summary, new Rectangle(50, 90, 860, 420), findings, 20);
      slides.notes(summary, findings);
      List<String> shares = new ArrayList<>(List.of("Share: the papers that belong to the theme (a paper may belong to "
          + "several named themes)."));
      report.themes().forEach(t -> shares.add(t.name() + ": " + t.share() + " (member papers: " + t.members() + ")"));
      List<String> moves = new ArrayList<>(List.of(report.trend()));
      report.trends().forEach(t -> moves.add(t.name() + ": " + t.first() + " to " + t.last() + " (" + t.verdict()
          + ")"));
      for (AggregateReport.Chart chart : report.charts()) {
        XSLFSlide slide = slides.slide(SlideLayout.TITLE_ONLY, chart.title(), Slides.TITLE, 24);
        slides.picture(slide, dir.resolve(chart.file()), SlideDeck.CHART, chart.title());
        slides.notes(slide, chart.file().contains("share") ? shares : moves);
      }
      List<String> method = report.facts().stream().filter(f -> !f.label().equals("Command"))
          .map(f -> f.label() + ": " + f.value()).toList();
      XSLFSlide slide = slides.slide(SlideLayout.TITLE_AND_CONTENT, "Method", Slides.TITLE, 32);
      Slides.bullets(slide, new Rectangle(50, 90, 860, 420), method, 14);
      slides.notes(slide, report.limits());
      try (OutputStream out = Files.newOutputStream(dir.resolve(SlideDeck.FILE))) {
        deck.write(out);
      }
    } catch (IOException | org.apache.poi.ooxml.POIXMLException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
      throw dev.landscape.output.WriteFailure.of(SlideDeck.FILE, e);
    }
    return SlideDeck.FILE;
  }
}
