package dev.landscape.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.corpus.ReadOptions;
import dev.landscape.progress.Progress;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.topics.LdaParams;
import dev.landscape.trends.TrendOptions;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report as a reader gets it: its numbers, the slide deck, escaping, and the page in a real browser. */
class ReportEndToEndTest {
  /** Words of two fields that share none, so that two topics find them whatever the seed. */
  private static final String[][] TWO_FIELDS = {{"rocket", "orbit", "launch", "satellite", "telescope"},
      {"recipe", "flour", "oven", "bake", "bread"}};

  @TempDir static Path tmp;
  static Path out;

  @BeforeAll
  static void runDefault() {
    out = tmp.resolve("reports");
    new Pipeline(Progress.NONE).run(PipelineEndToEndTest.defaults(out), Settings.COMMAND);
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  /** Every theme row of report.html shows the share, its range and the paper count that themes.csv holds. */
  @Test
  void reportNumbersEqualTheCsvs() throws IOException {
    String page = Files.readString(out.resolve("report.html"));
    String markdown = Files.readString(out.resolve("report.md"));
    int checked = 0;
    for (CSVRecord theme : csv(out.resolve("themes.csv"))) {
      if (theme.get("support").equals("absent") || theme.get("support").equals("weak")
          || theme.get("member_papers").equals("0")) {
        continue;
      }
      java.util.regex.Matcher row = java.util.regex.Pattern.compile("href=\"#theme-" + theme.get("theme")
          + "\">[^<]*</a>.*?<td class=\"num\">([0-9.]+)%</td>\\s*<td class=\"num\">([^<]*)(<span[^>]*>\\(unsure\\)"
          + "</span>)?</td>\\s*<td class=\"num\">(\\d+)</td>", java.util.regex.Pattern.DOTALL).matcher(page);
      assertTrue(row.find(), theme.get("name") + " has a row");
      double csvShare = 100 * Double.parseDouble(theme.get("share"));
      assertEquals(csvShare, Double.parseDouble(row.group(1)), 0.051, theme.get("name") + " share");
      String range = theme.get("kind").equals("named") ? String.format(java.util.Locale.ROOT, "%.1f%% to %.1f%%",
          100 * Double.parseDouble(theme.get("share_low")), 100 * Double.parseDouble(theme.get("share_high"))) : "";
      assertEquals(range, row.group(2).strip(), theme.get("name") + " range");
      assertEquals(theme.get("unsure").equals("true"), row.group(3) != null, theme.get("name") + " unsure");
      assertEquals(theme.get("member_papers"), row.group(4), theme.get("name") + " papers");
      assertTrue(markdown.contains(" | " + row.group(1) + "% | " + range + (row.group(3) == null ? "" : " (unsure)")
          + " | " + theme.get("member_papers") + " | "), theme.get("name"));
      checked++;
    }
    assertTrue(checked >= 5, "themes checked: " + checked);
    for (CSVRecord topic : csv(out.resolve("topics.csv"))) {
      java.util.regex.Matcher row = java.util.regex.Pattern.compile("<td class=\"num\">" + topic.get("topic")
          + "</td><td>" + java.util.regex.Pattern.quote(html(topic.get("label")))
          + "</td><td>[^<]*</td><td class=\"num\">[^<]*</td><td class=\"num\">(\\d+)</td>"
          + "<td class=\"num\">(-?[0-9.]+)</td>").matcher(page);
      assertTrue(row.find(), "topic " + topic.get("topic") + " has a row");
      assertEquals(topic.get("papers"), row.group(1));
      assertEquals(Double.parseDouble(topic.get("c_npmi")), Double.parseDouble(row.group(2)), 0.00051);
    }
    // Nothing the page would fetch (ReportBrowserTest watches the network itself): no external script, style,
    // picture or font. Links to arXiv are for the reader to follow.
    for (String fetch : List.of("<script src", "<link", "src=\"http", "@import", "url(http")) {
      assertFalse(page.contains(fetch), "the page fetches something: " + fetch);
    }
  }

  /**
   * The deck: at most 12 slides before the appendix, every slide titled by a title placeholder, every picture
   * described, speaker notes on every slide, 16:9 document properties with the run's title, no temporary path.
   */
  @Test
  void deckHasTitledDescribedSlidesAndAnAppendix() throws IOException {
    List<CSVRecord> themes = csv(out.resolve("themes.csv"));
    long found = themes.stream().filter(t -> !t.get("member_papers").equals("0") && !t.get("support").equals("weak")
        && !t.get("kind").equals("other")).count();
    try (XMLSlideShow deck = new XMLSlideShow(new FileInputStream(out.resolve("landscape.pptx").toFile()))) {
      assertEquals(960, deck.getPageSize().width);
      assertEquals(540, deck.getPageSize().height);
      List<XSLFSlide> slides = deck.getSlides();
      List<String> titles = slides.stream().map(ReportEndToEndTest::title).toList();
      assertTrue(titles.stream().allMatch(t -> t != null && !t.isBlank()), "every slide titled: " + titles);
      int appendix = titles.indexOf(dev.landscape.output.report.SlideDeck.APPENDIX);
      assertTrue(appendix > 0 && appendix <= 12, "at most 12 slides before the appendix: " + titles);
      assertTrue(titles.get(0).startsWith("Research landscape of arxiv-ml-abstracts.txt"), titles.get(0));
      assertEquals("Summary", titles.get(1));
      assertEquals("Method", titles.get(appendix - 2));
      assertEquals("Limits", titles.get(appendix - 1));
      long shown = Math.min(found, 5 + dev.landscape.output.report.SlideDeck.APPENDIX_SLIDES - 1);
      assertEquals(shown, themes.stream().filter(t -> titles.contains(t.get("name"))).count(), titles.toString());
      // Title, summary, share, five themes, trends, map, method, limits; the appendix: its divider and at most nine
      // more themes.
      assertEquals(3 + Math.min(5, found) + 4 + (found > 5 ? 1 + shown - 5 : 0), slides.size(), titles.toString());
      assertTrue(slides.size() - appendix <= dev.landscape.output.report.SlideDeck.APPENDIX_SLIDES);
      int pictures = 0;
      for (XSLFSlide slide : slides) {
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFPictureShape picture) {
            String alt = ((org.openxmlformats.schemas.presentationml.x2006.main.CTPicture) picture.getXmlObject())
                .getNvPicPr().getCNvPr().getDescr();
            assertTrue(alt != null && !alt.isBlank(), "picture on " + title(slide) + " described");
            pictures++;
          }
          if (shape instanceof XSLFTextShape text) {
            assertFalse(text.getText().contains("/tmp/") || text.getText().contains(tmp.toString()),
                "no temporary path on " + title(slide));
          }
        }
        assertTrue(java.util.Arrays.stream(deck.getNotesSlide(slide).getPlaceholders())
            .anyMatch(p -> p.getText() != null && !p.getText().isBlank()), "notes on " + title(slide));
      }
      assertTrue(pictures >= 2, "pictures: " + pictures);
      assertEquals(pictures, deck.getPictureData().size());
      var props = deck.getProperties();
      assertEquals(titles.get(0), props.getCoreProperties().getTitle());
      assertEquals("On-screen Show (16:9)", props.getExtendedProperties().getUnderlyingProperties()
          .getPresentationFormat());
      assertTrue(props.getCoreProperties().getCreated() != null, "the run's date");
    }
  }

  /**
   * The deck opens in LibreOffice (Debian's libreoffice-impress, installed by .ci/run; skipped where it is
   * missing): converted to PDF, one page per slide.
   */
  @Test
  void deckOpensInLibreOffice(@TempDir Path dir) throws Exception {
    Path soffice = Path.of("/usr/bin/soffice");
    Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
    Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), out.resolve("landscape.pptx").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    assertTrue(p.waitFor(240, TimeUnit.SECONDS), "LibreOffice finished");
    Path pdf = dir.resolve("landscape.pdf");
    assertTrue(Files.isRegularFile(pdf), "converted: " + Files.readString(dir.resolve("soffice.log")));
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher count = java.util.regex.Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)")
        .matcher(text);
    try (XMLSlideShow deck = new XMLSlideShow(new FileInputStream(out.resolve("landscape.pptx").toFile()))) {
      assertTrue(count.find(), "the PDF has a page tree");
      assertEquals(deck.getSlides().size(), Integer.parseInt(count.group(1)), "one page per slide");
    }
  }

  /** The text of the slide's title placeholder (a title slide's is a centred title), or null when it has none. */
  private static String title(XSLFSlide slide) {
    for (XSLFTextShape shape : slide.getPlaceholders()) {
      if (shape.getTextType() == org.apache.poi.sl.usermodel.Placeholder.TITLE
          || shape.getTextType() == org.apache.poi.sl.usermodel.Placeholder.CENTERED_TITLE) {
        return shape.getText();
      }
    }
    return null;
  }

  /** Titles and abstracts with markup show as text in the HTML and the Markdown; nothing from them can run. */
  @Test
  void corpusTextIsEscapedInEveryReport(@TempDir Path dir) throws IOException {
    List<String> hostile = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
        "[click](javascript:alert(3))", "**bold** _it_ `code` | pipe", "\"quoted\" & 'single'");
    Path input = twoFieldCorpus(dir.resolve("hostile.jsonl"), 20, i -> hostile.get(i % hostile.size()),
        i -> " " + hostile.get(i % hostile.size()), i -> "2024-01-15");
    Path report = runTwoTopics(input, dir.resolve("reports"));
    String page = Files.readString(report.resolve("report.html"));
    assertFalse(page.contains("<script>alert"), "script tag escaped");
    assertFalse(page.contains("<img src=x"), "img tag escaped");
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text");
    assertFalse(page.contains("href=\"javascript:"), "no javascript: link");
    String markdown = Files.readString(report.resolve("report.md"));
    assertFalse(markdown.contains("<script>") || markdown.contains("<img"), "no raw HTML in Markdown");
    assertFalse(markdown.contains("[click](javascript:"), "no Markdown link from corpus text");
    assertTrue(markdown.contains("\\*\\*bold\\*\\*"), "emphasis escaped");
  }

  /** A two-month listing is compared month by month, and its table says it compares halves, not years. */
  @Test
  void aTwoMonthCorpusHasMonthlyTrendsOfHalves(@TempDir Path dir) throws IOException {
    Path input = twoFieldCorpus(dir.resolve("listing.jsonl"), 80, i -> "t", i -> "",
        i -> String.format(Locale.ROOT, "2026-%02d-15", 1 + i / 40));
    Path report = runTwoTopics(input, dir.resolve("reports"));
    String markdown = Files.readString(report.resolve("report.md"));
    assertTrue(markdown.contains("Shares per month from 2026-01 to 2026-02"), "monthly, not one year");
    assertTrue(markdown.contains("| First half | Last half |"), "the table names what it compares");
  }

  /**
   * Writes {@code papers} JSON Lines records to {@code file}: paper i's abstract is one field's words (the fields
   * alternate) plus {@code extra}, with {@code title} and {@code date}.
   */
  private static Path twoFieldCorpus(Path file, int papers, IntFunction<String> title, IntFunction<String> extra,
      IntFunction<String> date) throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < papers; i++) {
      String[] w = TWO_FIELDS[i % 2];
      String text = String.join(" ", w) + " " + w[i % 5] + extra.apply(i);
      jsonl.append(String.format(Locale.ROOT, "{\"id\": \"2401.%05d\", \"title\": \"%s\", \"abstract\": \"%s\", "
          + "\"update_date\": \"%s\"}%n", i, escapeJson(title.apply(i)), escapeJson(text), date.apply(i)));
    }
    Files.writeString(file, jsonl);
    return file;
  }

  /** Runs the pipeline on {@code input} with two topics, no named themes and one thread; returns {@code report}. */
  private static Path runTwoTopics(Path input, Path report) {
    new Pipeline(Progress.NONE).run(Settings.of(input, report, ReadOptions.defaults(), TextOptions.defaults(1),
        ThemeOptions.NONE, TrendOptions.AUTO, new dev.landscape.selection.TopicChoice.Fixed(2), 0, 20_000, new LdaParams(2, 50, 1.0, 0.01, 0, 0, 1, 1), 1,
        false, null), Settings.COMMAND);
    return report;
  }

  private static String escapeJson(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /**
   * Opens report.html in headless Chromium (Debian's chromium, installed by .ci/run): no console errors, every theme
   * name on the page, and a screenshot kept in target/ as an artifact. Skipped where Chromium is not installed.
   */
  @Test
  void pageRendersInChromiumWithEveryTheme() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    Assumptions.assumeTrue(Files.isExecutable(chromium), "chromium is not installed");
    Path profile = Files.createTempDirectory(tmp, "chromium");
    Path screenshot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    String url = out.resolve("report.html").toUri().toString();
    List<String> base = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0");
    List<String> dump = new ArrayList<>(base);
    dump.addAll(List.of("--dump-dom", url));
    Process p = new ProcessBuilder(dump).redirectError(tmp.resolve("dom.err").toFile()).start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
    String log = Files.readString(tmp.resolve("dom.err"));
    assertFalse(log.lines().anyMatch(l -> l.contains("CONSOLE") && (l.contains("ERROR") || l.contains("Uncaught"))),
        "console errors: " + log);
    assertFalse(log.contains("Refused to"), "the page asked for something its policy forbids: " + log);
    for (CSVRecord theme : csv(out.resolve("themes.csv"))) {
      if (!theme.get("topics").isEmpty()) {
        assertTrue(dom.contains(html(theme.get("name")).replace("&#39;", "'")), theme.get("name"));
      }
    }
    Files.createDirectories(screenshot.getParent());
    List<String> shot = new ArrayList<>(base.subList(0, 5));
    shot.addAll(List.of("--window-size=1280,3000", "--screenshot=" + screenshot, url));
    Process s = new ProcessBuilder(shot).redirectErrorStream(true).redirectOutput(tmp.resolve("shot.log").toFile())
        .start();
    assertTrue(s.waitFor(120, TimeUnit.SECONDS), "screenshot taken");
    assertTrue(Files.size(screenshot) > 50_000, "screenshot has content");
  }
}
