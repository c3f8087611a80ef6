package dev.landscape.cli;

import dev.landscape.progress.Counts;
import dev.landscape.output.RunManifest;
import dev.landscape.output.RunSummaries;
import dev.landscape.pipeline.RunResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code landscape run} and {@code landscape report} print when they finish: read, trained, themes, trends. */
final class RunSummary {
  private RunSummary() {}

  /** A format as run.json records it ({@code viewer}), as a reader knows it ({@code dataset-viewer export}). */
  static String formatName(String key) {
    for (dev.landscape.corpus.CorpusFormat format : dev.landscape.corpus.CorpusFormat.values()) {
      if (format.key().equals(key)) {
        return format.described();
      }
    }
    return key;
  }

  /** The console summary; {@code trainedIn} is the report folder whose model was reused, or null after training. */
  static void print(PrintWriter out, RunResult result, Path trainedIn) {
    RunManifest m = result.manifest();
    RunManifest.Read c = m.counts().read();
    RunManifest.Modelled modelled = m.counts().modelled();
    RunManifest.Prepared prepared = m.counts().prepared();
    long skipped = c.records() - c.accepted();
    out.printf(Locale.ROOT, "Read %,d papers from %s (%s): %,d accepted, %,d skipped%s%n", c.records(),
        visible(m.input().path()), formatName(m.input().format()), c.accepted(), skipped,
        faultSummary(c.skipped()));
    if (modelled.emptyAfterPreprocessing() > 0) {
      boolean one = modelled.emptyAfterPreprocessing() == 1;
      out.printf(Locale.ROOT, "  %s had no words left after preprocessing and %s not modelled%n",
          Counts.of(modelled.emptyAfterPreprocessing(), "paper"), one ? "was" : "were");
    }
    // The two counts a reader compares: words found, and the tokens the model was given after stopwords, rare and
    // near-universal words were dropped and phrases joined.
    out.printf(Locale.ROOT, "Prepared %,d word tokens: %,d glued words split, %,d phrases joined; %,d tokens kept for "
            + "the model after dropping stopwords and words too rare or too common (vocabulary.csv says which)%n",
        prepared.rawTokens(), prepared.gluedWordsSplit(), prepared.phrases(), modelled.tokens());
    if (m.parameters().swept()) {
      out.println("Chose K: " + m.parameters().model().topicsRule());
    }
    if (trainedIn == null) {
      out.printf(Locale.ROOT, "Trained %d topics on %,d papers (%,d tokens, %,d word types) in %.1f s: "
              + "%,.0f tokens/s, log-likelihood/token %.4f%n",
          m.results().fit().topics(), modelled.papers(), modelled.tokens(), modelled.vocabulary(),
          m.timingsMs().get("train") / 1000.0, m.results().fit().tokensPerSecond(),
          m.results().fit().logLikelihoodPerToken());
    } else {
      out.printf(Locale.ROOT, "Took the %d topics trained on %,d papers (%,d tokens, %,d word types) from %s; "
          + "nothing trained again%n", m.results().fit().topics(), modelled.papers(), modelled.tokens(),
          modelled.vocabulary(),
          visible(String.valueOf(trainedIn)));
    }
    if (trainedIn == null && m.parameters().model().stop() != null) {
      out.printf(Locale.ROOT, "  --iterations auto: %s%n", m.parameters().model().stop().iterationsStopped());
    }
    out.printf(Locale.ROOT, "Topic quality: mean c_npmi %.3f, c_v %.3f, diversity %.2f; %d of %d topics flagged "
            + "(see flags in topics.csv)%n", m.results().coherence().meanCNpmi(),
        m.results().coherence().meanCV(), m.results().diversity(), m.results().flaggedTopics(),
        m.results().fit().topics());
    printThemes(out, m.results().themes(), m.results().trends().available()
        && m.results().trends().cannotTell() == null);
    printTrends(out, m.results().trends());
    out.printf(Locale.ROOT, "Wrote %s: %s (%.1f s in all)%n", visible(result.outDir().toString()),
        String.join(", ", m.written().outputs()),
        m.timingsMs().get("total") / 1000.0);
  }

  private static void printThemes(PrintWriter out, List<RunSummaries.Theme> themes, boolean verdicts) {
    out.printf(Locale.ROOT,
        "Themes (papers that belong to each, share of the corpus; a paper may belong to several):%n");
    int width = Math.min(60, themes.stream().mapToInt(t -> t.name().length()).max().orElse(5));
    String format = "  %-" + width + "s %14s %6s";
    out.println(strip(String.format(Locale.ROOT, format + (verdicts ? "  %-8s" : ""), "Theme", "Papers", "Share",
        "Trend")));
    for (RunSummaries.Theme theme : themes) {
      if ("absent".equals(theme.support())) {
        out.println(strip(String.format(Locale.ROOT, "  %-" + width + "s  not found in this corpus (no paper names "
            + "its seeds)", theme.name())));
        continue;
      }
      String note = "weak".equals(theme.support()) ? "(weak: too few papers name its seeds)"
          : !theme.kind().equals(dev.landscape.themes.Theme.Kind.NAMED.key()) ? "(" + theme.kind() + ")"
          : theme.named() == null ? ""
          : String.format(Locale.ROOT, "(%.1f%% to %.1f%%%s)", 100 * theme.named().shareRange()[0],
              100 * theme.named().shareRange()[1], theme.named().unsure() ? ", unsure" : "");
      String trend = theme.trend() == null ? "" : theme.trend().replace('_', ' ');
      String count = Counts.of(theme.count().members(), "paper");
      String share = String.format(Locale.ROOT, "%.1f%%", 100 * theme.count().share());
      // Without verdicts there is no trend column, and the note comes right after the share.
      out.println(strip(verdicts
          ? String.format(Locale.ROOT, format + "  %-8s  %s", theme.name(), count, share, trend, note)
          : String.format(Locale.ROOT, format + "  %s", theme.name(), count, share, note)));
    }
    List<String> warnings = themes.stream().filter(t -> t.named() != null)
        .flatMap(t -> t.named().seedWarnings().stream()).toList();
    if (!warnings.isEmpty()) {
      out.printf(Locale.ROOT, "Seeds to look at (seeds.csv has every seed):%n");
      warnings.forEach(w -> out.println(strip("  " + w)));
    }
  }

  /** Paths as the user gave them may hold control characters: shown as escapes, never sent to the terminal. */
  private static String visible(String text) {
    return dev.landscape.io.ControlCharacters.visible(text);
  }

  private static String strip(String line) {
    return visible(line.stripTrailing());
  }

  private static void printTrends(PrintWriter out, RunSummaries.Trends trends) {
    if (!trends.available()) {
      out.printf(Locale.ROOT, "No trends: %s%n", trends.skippedBecause());
      return;
    }
    RunSummaries.Span span = trends.span();
    out.printf(Locale.ROOT, "Trends by %s, %s to %s (%s, %d with at least %s; %s undated)%s%n", span.period(),
        span.firstPeriod(), span.lastPeriod(), Counts.of(span.periods(), "period"),
        span.periodsWithEnoughPapers(), Counts.of(span.minPapersPerPeriod(), "paper"),
        Counts.of(trends.coverage().undatedPapers(), "paper"), trends.cannotTell() == null ? ""
            : ": cannot tell which themes rise or fall: " + trends.cannotTell());
  }

  private static String faultSummary(Map<String, Long> faults) {
    StringBuilder sb = new StringBuilder();
    faults.forEach((kind, count) -> {
      if (count > 0) {
        sb.append(sb.length() == 0 ? " (" : ", ").append(kind).append(' ').append(count);
      }
    });
    return sb.length() == 0 ? "" : sb.append(')').toString();
  }
}
