package dev.landscape.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.landscape.progress.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's words against golden files: input, the default corpus ({@code data/arxiv-ml-abstracts.txt}) with
 * the settings of {@code ./landscape run}; expected, {@code golden/default-corpus.report.md} and
 * {@code golden/default-corpus.report.html} beside this class in the test resources. What changes from run to run
 * or machine to machine is masked on both sides: the start time, the run time, the command, the versions, and the
 * charts' SVG (drawn with the machine's fonts; the charts are tested by their data elsewhere). The page's script and
 * the explorer's data are masked too: ReportBrowserTest uses them in a browser.
 *
 * <p>A wording change shows here as the line that changed. To accept a change, regenerate the expected files (this
 * is not a test: it overwrites them) and review the diff:
 *
 * <pre>mvn -q -Pexpected process-test-classes</pre> ({@link RegenerateExpected})
 */
class GoldenReportTest {
  static final Path GOLDEN = Path.of("src/test/resources/dev/landscape/pipeline/golden");
  private static final Pattern MARKDOWN_VARIES =
      Pattern.compile("(?m)^\\| (Started|Run time|Command|Versions) \\|.*$");
  private static final Pattern HTML_VARIES =
      Pattern.compile("<tr><th>(Started|Run time|Command|Versions)</th><td>.*?</td></tr>");
  private static final Pattern CHART = Pattern.compile("data:image/svg\\+xml;base64,[A-Za-z0-9+/=]+(&#61;)*");
  /** D3 and our script (tested in a browser by ReportBrowserTest), the explorer's data, and their hashes. */
  private static final Pattern SCRIPT = Pattern.compile("(?s)<script>.*?</script>");
  private static final Pattern DATA = Pattern.compile("(?s)(<script type=\"application/json\" id=\"landscape-data\">)"
      + ".*?</script>");
  private static final Pattern CSP = Pattern.compile("script-src &#39;sha256-[A-Za-z0-9+/]+(&#61;)*&#39;");

  @TempDir Path tmp;

  @Test
  void theDefaultCorpusReportReadsAsTheGoldenFiles() throws IOException {
    Path out = tmp.resolve("reports");
    new Pipeline(Progress.NONE).run(PipelineEndToEndTest.defaults(out), Settings.COMMAND);
    String markdown = markdown(Files.readString(out.resolve("report.md")));
    String html = html(Files.readString(out.resolve("report.html")));
    assertLines(Files.readString(GOLDEN.resolve("default-corpus.report.md")), markdown, "report.md");
    assertLines(Files.readString(GOLDEN.resolve("default-corpus.report.html")), html, "report.html");
  }

  static String markdown(String text) {
    return MARKDOWN_VARIES.matcher(text).replaceAll("| $1 | (varies) |");
  }

  static String html(String text) {
    String masked = HTML_VARIES.matcher(text).replaceAll("<tr><th>$1</th><td>(varies)</td></tr>");
    masked = CHART.matcher(masked).replaceAll("data:image/svg+xml;base64,(chart)");
    masked = DATA.matcher(masked).replaceAll("$1(data)</script>");
    masked = SCRIPT.matcher(masked).replaceAll("<script>(script)</script>");
    return CSP.matcher(masked).replaceAll("script-src (hash)");
  }

  /** Compares line by line, so that a failure names the first line that differs. */
  private static void assertLines(String expected, String actual, String file) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int i = 0; i < Math.min(want.length, got.length); i++) {
      assertEquals(want[i], got[i], file + " line " + (i + 1) + " differs from the golden file");
    }
    assertEquals(want.length, got.length, file + ": line count differs from the golden file");
  }
}
