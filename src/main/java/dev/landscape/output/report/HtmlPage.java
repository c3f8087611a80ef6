package dev.landscape.output.report;

import dev.landscape.output.explorer.Explorer;
import dev.landscape.output.explorer.ExplorerData;
import dev.landscape.output.explorer.ExplorerJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * What report.html holds beside {@link ReportData}: its style sheet, its one script (D3 from its WebJar, then our
 * explorer), the explorer's data, and a Content-Security-Policy that allows exactly that style and that script by
 * their SHA-256 hashes and nothing from anywhere else.
 *
 * @param csp the page's Content-Security-Policy
 * @param style the style sheet
 * @param script D3 and the explorer
 * @param data the explorer's data as script-safe JSON
 * @param lambda the relevance slider's first position
 * @param shownTerms terms in the explorer's bars
 * @param papersNote which papers the page holds, and where the rest are
 */
public record HtmlPage(String csp, String style, String script, String data, String lambda, int shownTerms,
    String papersNote) {
  /** Where the WebJar keeps D3's bundle (all modules in one file). */
  static final String D3 = "META-INF/resources/webjars/d3/7.9.0/dist/d3.min.js";
  private static final String OWN = "dev/landscape/output/report/";

  /** The page for {@code explorer}. */
  public static HtmlPage of(ExplorerData explorer) {
    String style = resource(OWN + "report.css");
    String script = resource(D3) + "\n" + resource(OWN + "data.js") + resource(OWN + "explorer.js")
        + resource(OWN + "papers.js");
    if (script.contains("</script")) {
      throw new IllegalStateException("a script of the report would close its own element");
    }
    String csp = "default-src 'none'; img-src data:; style-src '" + hash(style) + "'; script-src '" + hash(script)
        + "'; base-uri 'none'; form-action 'none'";
    ExplorerData.Papers papers = explorer.papers();
    String note = papers.rows().size() == papers.total()
        ? String.format(Locale.ROOT, "This page holds all %,d papers.", papers.total())
        : String.format(Locale.ROOT, "This page holds %,d of the %,d papers with their abstracts (at most %,d "
            + "papers and %,d million characters: the themes take turns adding their strongest papers); "
            + "topic-assignments.csv lists them all.", papers.rows().size(), papers.total(), papers.cap(),
            Explorer.TEXT_BUDGET / 1_000_000);
    return new HtmlPage(csp, style, script, ExplorerJson.of(explorer), String.format(Locale.ROOT, "%.1f",
        explorer.bars().lambda()), explorer.bars().shownTerms(), note);
  }

  /** A CSP source for text: {@code sha256-} and the base64 SHA-256 of its UTF-8 bytes. */
  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlPage.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }
}
