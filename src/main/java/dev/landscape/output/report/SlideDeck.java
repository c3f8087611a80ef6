package dev.landscape.output.report;

import dev.landscape.progress.Counts;
import dev.landscape.themes.Theme;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * landscape.pptx, written with Apache POI: a 16:9 deck of at most {@link #MAIN_SLIDES} main slides (title,
 * summary, theme shares, the {@link #LEADING_THEMES} largest themes, trends, distance map, method, limits), then an
 * appendix of at most {@link #APPENDIX_SLIDES} with the next largest themes. Titles are title placeholders, pictures carry alt text, every slide
 * has speaker notes with its numbers, and the document properties carry the run's title and date.
 */
public final class SlideDeck {
  public static final String FILE = "landscape.pptx";
  /** 16:9 in points (13.33 x 7.5 inches). */
  static final int WIDTH = 960;
  static final int HEIGHT = 540;
  static final int PAPERS_PER_THEME = 3;
  /** Slides before the appendix, at most. */
  public static final int MAIN_SLIDES = 12;
  /** Themes with a slide of their own among the main slides. */
  static final int LEADING_THEMES = 5;
  /** The appendix's divider slide title. */
  public static final String APPENDIX = "Appendix: the other themes";
  /** Slides in the appendix, its divider included, at most. */
  public static final int APPENDIX_SLIDES = 10;
  /** The facts of the method slide (the others, such as the command and its paths, stay in the report). */
  private static final List<String> METHOD = List.of("Input", "Records", "Preprocessing", "Model", "Themes",
      "Seed and threads", "Started");
  static final Rectangle CHART = new Rectangle(75, 78, 810, 456);

  private SlideDeck() {}

  /** Writes the deck into {@code dir} (which holds charts/); returns its name. */
  public static String write(ReportData data, Path dir) {
    try (XMLSlideShow deck = new XMLSlideShow()) {
      deck.setPageSize(new Dimension(WIDTH, HEIGHT));
      properties(deck, data.title(), data.summary().findings().isEmpty() ? "" : data.summary().findings().get(0),
          data.started());
      Slides slides = new Slides(deck);
      titleSlide(slides, data);
      XSLFSlide summary = slides.slide(SlideLayout.TITLE_AND_CONTENT, "Summary", Slides.TITLE, 32);
      Slides.bullets(summary, new Rectangle(50, 90, 860, 420), data.summary().findings(), 20);
      slides.notes(summary, data.summary().findings());
      chartSlide(slides, dir, "Where the corpus's attention goes", data.charts().share(), themeNotes(data));
      List<ReportData.ThemeView> themes = data.themes().stream().filter(t -> t.found()
          && !t.about().kind().equals(Theme.Kind.OTHER.key())).toList();
      for (ReportData.ThemeView theme : themes.stream().limit(LEADING_THEMES).toList()) {
        ThemeSlide.add(slides, dir, theme, data.trends().verdicts());
      }
      chartSlide(slides, dir, "What rises and what fades", data.charts().trends(), trendNotes(data));
      chartSlide(slides, dir, "How the topics relate", data.charts().map(), List.of(data.topics().size()
          + " topics, placed by multidimensional scaling of their Jensen-Shannon distances; bubble area is the "
          + "topic's share of tokens, colour its theme."));
      methodSlide(slides, data);
      limitsSlide(slides, data);
      appendix(slides, dir, data, themes.stream().skip(LEADING_THEMES).toList());
      try (OutputStream out = Files.newOutputStream(dir.resolve(FILE))) {
        deck.write(out);
      }
    } catch (IOException | org.apache.poi.ooxml.POIXMLException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
      throw dev.landscape.output.WriteFailure.of(FILE, e);
    }
    return FILE;
  }

  /**
   * The appendix: a divider, then a slide for each of the next largest themes, {@link #APPENDIX_SLIDES} slides in
   * all; the divider says how many themes only the report shows.
   */
  private static void appendix(Slides slides, Path dir, ReportData data, List<ReportData.ThemeView> rest)
      throws IOException {
    if (rest.isEmpty()) {
      return;
    }
    List<ReportData.ThemeView> shown = rest.stream().limit(APPENDIX_SLIDES - 1).toList();
    int left = rest.size() - shown.size();
    String says = String.format(java.util.Locale.ROOT, "A slide for each of the next %d themes, largest first.",
        shown.size()) + (left == 0 ? "" : String.format(java.util.Locale.ROOT,
            " The %d smaller theme%s %s in report.html and themes.csv.", left, left == 1 ? "" : "s",
            left == 1 ? "is" : "are"));
    XSLFSlide divider = slides.slide(SlideLayout.SECTION_HEADER, APPENDIX, new Rectangle(60, 180, 840, 110), 36);
    Slides.bullets(divider, new Rectangle(60, 300, 840, 80), List.of(says), 18);
    slides.notes(divider, List.of(says));
    for (ReportData.ThemeView theme : shown) {
      ThemeSlide.add(slides, dir, theme, data.trends().verdicts());
    }
  }

  /** What the numbers cannot tell: the report's limitations, as they are. */
  private static void limitsSlide(Slides slides, ReportData data) {
    if (data.method().limitations().isEmpty()) {
      return;
    }
    XSLFSlide slide = slides.slide(SlideLayout.TITLE_AND_CONTENT, "Limits", Slides.TITLE, 32);
    int characters = data.method().limitations().stream().mapToInt(String::length).sum();
    Slides.bullets(slide, new Rectangle(50, 90, 860, 420), data.method().limitations(),
        characters > 1400 ? 12 : characters > 900 ? 14 : 16);
    slides.notes(slide, data.method().limitations());
  }

  /** The run's own title, date and a 16:9 format, not those of POI's 4:3 template. */
  static void properties(XMLSlideShow deck, String title, String description, String started) {
    POIXMLProperties properties = deck.getProperties();
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setTitle(title);
    core.setCreator("landscape");
    core.setDescription(description);
    try {
      core.setCreated(Optional.of(java.util.Date.from(java.time.Instant.parse(started))));
    } catch (java.time.format.DateTimeParseException e) {
      core.setCreated(Optional.empty());
    }
    var extended = properties.getExtendedProperties().getUnderlyingProperties();
    extended.setPresentationFormat("On-screen Show (16:9)");
    extended.setApplication("landscape");
    extended.setSlides(0);
  }

  private static void titleSlide(Slides slides, ReportData data) {
    XSLFSlide slide = slides.slide(SlideLayout.TITLE, data.title(), new Rectangle(60, 150, 840, 140), 38);
    ReportData.Summary s = data.summary();
    String facts = s.papers() + " papers" + (s.period().isEmpty() ? "" : ", " + s.period()) + " · " + s.topics()
        + " topics · " + s.themes() + " themes";
    Slides.bullets(slide, new Rectangle(60, 310, 840, 90), List.of(facts, "Made with landscape"
        + (data.started().length() >= 10 ? " on " + data.started().substring(0, 10) : "")), 22);
    slides.notes(slide, List.of(facts));
  }

  /** A chart filling the slide below its title; nothing when the chart was not drawn. */
  private static void chartSlide(Slides slides, Path dir, String title, ReportData.ChartView chart,
      List<String> notes) throws IOException {
    if (chart == null) {
      return;
    }
    XSLFSlide slide = slides.slide(SlideLayout.TITLE_ONLY, title, Slides.TITLE, 28);
    slides.picture(slide, dir.resolve(chart.png()), CHART, chart.alt());
    slides.notes(slide, notes);
  }

  private static List<String> themeNotes(ReportData data) {
    List<String> notes = new ArrayList<>();
    notes.add("Share: the papers that belong to the theme (a paper may belong to several named themes).");
    data.themes().stream().filter(ReportData.ThemeView::found).forEach(t -> notes.add(t.name() + ": "
        + t.size().share() + ", " + Counts.of(t.size().papers(), "paper")));
    return notes;
  }

  private static List<String> trendNotes(ReportData data) {
    List<String> notes = new ArrayList<>(List.of(data.trends().note()));
    data.trends().rows().forEach(r -> notes.add(r.theme() + ": " + r.first() + " to " + r.last()
        + (data.trends().verdicts() ? " (" + r.verdict() + ")" : "")));
    return notes;
  }

  private static void methodSlide(Slides slides, ReportData data) {
    List<String> lines = data.method().facts().stream().filter(f -> METHOD.contains(f.label()))
        .map(f -> f.label() + ": " + (f.label().equals("Input") ? fileName(f.value()) : f.value())).toList();
    XSLFSlide slide = slides.slide(SlideLayout.TITLE_AND_CONTENT, "Method", Slides.TITLE, 32);
    Slides.bullets(slide, new Rectangle(50, 90, 860, 420), lines, lines.size() > 6 ? 14 : 18);
    slides.notes(slide, List.of("Every number in this deck is in the CSV files beside it; report.html and "
        + "run.json say exactly how the run was made."));
  }

  /** The input fact with its folders dropped: "/tmp/x/corpus.jsonl (jsonl, ...)" becomes "corpus.jsonl (...)". */
  static String fileName(String input) {
    int paren = input.indexOf(" (");
    String path = paren < 0 ? input : input.substring(0, paren);
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return input.substring(slash + 1);
  }
}
