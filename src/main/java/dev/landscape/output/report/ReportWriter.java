package dev.landscape.output.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders {@link ReportData} as report.html (Mustache's default escaping: every value is HTML-escaped) and
 * report.md (the same engine with a Markdown escaper), from templates in the jar.
 */
public final class ReportWriter {
  public static final String HTML = "report.html";
  public static final String MARKDOWN = "report.md";
  private static final String TEMPLATES = "dev/landscape/output/report/";

  private ReportWriter() {}

  /** Writes report.html, {@code data} with {@code page}'s script, style and explorer, into {@code dir}. */
  public static String html(ReportData data, HtmlPage page, Path dir) {
    render(new DefaultMustacheFactory(TEMPLATES), "report.html.mustache", List.of(page, data), dir.resolve(HTML));
    return HTML;
  }

  /** Writes report.md into {@code dir}; returns its name. */
  public static String markdown(ReportData data, Path dir) {
    render(new MarkdownFactory(), "report.md.mustache", List.of(data), dir.resolve(MARKDOWN));
    return MARKDOWN;
  }

  /**
   * Writes the report of a landscape aggregated from assignment rows ({@link AggregateReport}): report.html and
   * report.md into {@code dir}; returns their names.
   */
  public static List<String> aggregate(AggregateReport data, Path dir) {
    render(new DefaultMustacheFactory(TEMPLATES), "aggregate.html.mustache", List.of(data), dir.resolve(HTML));
    render(new MarkdownFactory(), "aggregate.md.mustache", List.of(data), dir.resolve(MARKDOWN));
    return List.of(HTML, MARKDOWN);
  }

  private static void render(MustacheFactory factory, String template, List<Object> scopes, Path file) {
    Mustache mustache = factory.compile(template);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      mustache.execute(out, scopes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** Mustache with values escaped for Markdown instead of HTML. */
  private static final class MarkdownFactory extends DefaultMustacheFactory {
    MarkdownFactory() {
      super(TEMPLATES);
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(MarkdownEscaper.escape(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
