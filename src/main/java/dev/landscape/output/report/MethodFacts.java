package dev.landscape.output.report;

import dev.landscape.output.RunManifest;
import dev.landscape.output.RunParameters;
import dev.landscape.progress.Counts;
import dev.landscape.quality.QualityReport;
import dev.landscape.trends.TrendResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report's Method facts and Limitations, read from the run's provenance and results. */
final class MethodFacts {
  private MethodFacts() {}

  /** The Method section: input, counts, preprocessing, model, themes, seed, versions, time, command. */
  static List<ReportData.Fact> method(RunManifest manifest) {
    RunParameters.Model m = manifest.parameters().model();
    RunParameters.Text t = manifest.parameters().text();
    RunParameters.Themes themes = manifest.parameters().themes();
    List<ReportData.Fact> facts = new ArrayList<>();
    facts.add(new ReportData.Fact("Input",
        dev.landscape.io.ControlCharacters.visible(manifest.input().path()) + " (" + manifest.input().format() + ", "
        + String.format(Locale.ROOT, "%,d bytes", manifest.input().bytes()) + ")"));
    facts.add(new ReportData.Fact("Input SHA-256", manifest.input().sha256()));
    RunManifest.Read read = manifest.counts().read();
    RunManifest.Modelled c = manifest.counts().modelled();
    facts.add(new ReportData.Fact("Records", String.format(Locale.ROOT, "%,d read, %,d accepted, %,d modelled "
        + "(%,d with no words left after preprocessing)", read.records(), read.accepted(), c.papers(),
        c.emptyAfterPreprocessing())));
    facts.add(new ReportData.Fact("Preprocessing", String.format(Locale.ROOT, "stopwords: %s; phrases: %s "
        + "(min count %s, NPMI threshold %s); terms kept in %s to %s papers; %,d tokens, %,d word types",
        t.stopwords(), t.phrases(), t.phraseMinCount(), t.phraseThreshold(), t.minDocs(), t.maxDocs(), c.tokens(),
        c.vocabulary())));
    facts.add(new ReportData.Fact("Model", String.format(Locale.ROOT, "LDA, collapsed Gibbs sampling (MALLET "
        + "ParallelTopicModel); K = %s (%s); %s iterations; alpha sum %s, beta %s, hyperparameters optimised every "
        + "%s iterations after %s", m.topics(), m.topicsRule(), m.iterations(), m.priors().alphaSum(),
        m.priors().beta(), m.priors().optimizeInterval(), m.priors().optimizeBurnIn())));
    RunManifest.Training training = manifest.training();
    if (training != null && training.seed() != null) {
      facts.add(new ReportData.Fact("Training sample", String.format(Locale.ROOT, "the topics were trained on "
          + "%,d of the %,d papers (%s, seed %d; listed in %s); %s", training.papers(), training.of(),
          training.sample(), training.seed(), training.ids(), training.placement())));
    }
    facts.add(new ReportData.Fact("Themes", String.format(Locale.ROOT, "%s; seed confidence %s",
        themes.themesFile() == null ? "no themes file" : "named themes from " + themes.themesFile(),
        themes.seedConfidence())));
    facts.add(new ReportData.Fact("Seed and threads", m.seed() + " and " + m.threads()
        + " (the same input, seed and threads give the same CSVs)"));
    facts.add(new ReportData.Fact("Versions", manifest.setup().versions().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
    facts.add(new ReportData.Fact("Started", manifest.startedAt()));
    // The report is written from the provenance as it stood before the report itself (run.json has the full time).
    facts.add(new ReportData.Fact("Run time", String.format(Locale.ROOT, "%.1f s up to the report",
        manifest.timingsMs().getOrDefault("total", 0L) / 1000.0)));
    facts.add(new ReportData.Fact("Command", String.join(" ", manifest.origin().command())));
    return facts;
  }

  /** What a reader should keep in mind: small corpus, flagged topics, trends left out, skipped records. */
  static List<String> limitations(RunManifest manifest, int papers, QualityReport quality, TrendResult trends,
      boolean learnedThemes) {
    List<String> notes = new ArrayList<>();
    if (papers < ReportBuilder.SMALL_CORPUS) {
      notes.add(String.format(Locale.ROOT, "A small corpus (%,d papers): topics rest on a handful of papers each, "
          + "and coherence scores are noisy.", papers));
    }
    long flagged = quality.topics().stream().filter(q -> !q.flags().isEmpty()).count();
    if (flagged > 0) {
      notes.add(flagged + " topics are flagged as low quality (low coherence, boilerplate or few papers); the "
          + "Topics table says why.");
    }
    if (!trends.available()) {
      notes.add("No trends: " + trends.skipped() + ".");
    } else if (trends.undated() > 0) {
      notes.add(Counts.of(trends.undated(), "paper") + (trends.undated() == 1 ? " has" : " have")
          + " no usable date and " + (trends.undated() == 1 ? "is" : "are") + " left out of the trends.");
    }
    if (trends.outside() > 0) {
      notes.add(String.format(Locale.ROOT, "%,d %s dated far outside the rest of the corpus (more than three "
          + "interquartile ranges and a year beyond the middle half of its dates) left out of the trends.",
          trends.outside(), trends.outside() == 1 ? "paper is" : "papers are"));
    }
    long skipped = manifest.counts().read().records() - manifest.counts().read().accepted();
    if (skipped > 0) {
      notes.add(String.format(Locale.ROOT, "%,d records of the input were skipped as faulty (see run.json).",
          skipped));
    }
    if (learnedThemes) {
      // From 1,000 papers up named themes are learned, not read off the topics: the sentence below would be false.
      notes.add("A paper belongs to a named theme when it names the theme's seeds plainly (one in its title, or two "
          + "in its abstract), reads like the papers that do (as a classifier learned from them judges), or has at "
          + "least half its words in the theme's topics; this is not a label an author chose. Automatic themes are "
          + "groups of topics. Mixed papers are marked in topic-assignments.csv.");
    } else {
      notes.add("Themes are groups of topics; a paper's theme is where most of its words fall, not a label an author "
          + "chose. Mixed papers are marked in topic-assignments.csv.");
    }
    return notes;
  }
}
