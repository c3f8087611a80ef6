package dev.landscape.pipeline;

import dev.landscape.corpus.BadRecordPolicy;
import dev.landscape.corpus.CorpusFormat;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.output.SettingsJson;
import dev.landscape.publish.OutputSelection;
import dev.landscape.sample.TrainingSample;
import dev.landscape.selection.TopicChoice;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.themes.ThemeSpec;
import dev.landscape.topics.LdaParams;
import dev.landscape.trends.TrendOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@link RunSettings} to and from the form run.json records them in ({@link SettingsJson}). Reading goes through the
 * same parsers and the same validation as the command line, so an edited run.json is refused, naming the setting,
 * as a bad option is; a file it names is only read as the option naming it would read it.
 */
public final class RecordedSettings {
  private RecordedSettings() {}

  /** The settings as run.json records them. */
  public static SettingsJson toJson(RunSettings s) {
    ReadOptions read = s.read();
    TextOptions text = s.text();
    LdaParams lda = s.lda();
    TrainingSample sample = s.topics().trainSample();
    ThemeOptions themes = s.themes();
    return new SettingsJson(
        new SettingsJson.Corpus(absolute(s.input()), read.format().key(), read.policy().name().toLowerCase(Locale.ROOT),
            read.columns(), read.maxRecordChars(), read.parseThreads()),
        new SettingsJson.Text(absolute(text.extraStopwords()), absolute(text.keepWords()), text.phrases(),
            text.phraseMinCount(), text.phraseThreshold(), text.minDocs(), text.maxDocFraction(), text.threads()),
        new SettingsJson.Topics(s.topics().choice().text(),
            new SettingsJson.Model(lda.untilConverged() ? "auto" : Integer.toString(lda.iterations()), lda.alphaSum(),
                lda.beta(), lda.optimizeInterval(), lda.optimizeBurnIn(), lda.threads(), lda.seed()),
            new SettingsJson.Sweep(s.topics().sweepIterations(), s.topics().sweepSample()),
            sample == null ? null : new SettingsJson.Sample(sample.text(), sample.byMonth() ? "month" : "uniform")),
        new SettingsJson.Themes(themes.named() ? themes.source() : null, themes.seedConfidence(),
            themes.themes().stream().map(t -> new SettingsJson.Theme(t.name(), t.description(), t.parent(), t.seeds(),
                t.formerNames(), t.topics())).toList()),
        s.trends().granularity() == null ? "auto" : s.trends().granularity().key(),
        new SettingsJson.Outputs(absolute(s.out()), s.outputs().chartScale(), s.outputs().rawCsv(),
            s.outputs().selection().names(), s.outputs().selection().chartFormats()));
  }

  /**
   * The settings run.json recorded, validated as the command line's are.
   *
   * @param file the run.json they come from, named in errors
   * @throws IllegalArgumentException naming the setting that is wrong
   */
  public static RunSettings fromJson(SettingsJson json, Path file) {
    try {
      SettingsJson.Corpus c = required(json.corpus(), "corpus");
      ReadOptions read = new ReadOptions(enumOf(CorpusFormat.class, c.format(), "corpus.format"),
          enumOf(BadRecordPolicy.class, c.onBadRecord(), "corpus.on_bad_record"),
          c.columns() == null ? ReadOptions.Columns.DEFAULT : c.columns(), c.readThreads(), c.maxRecordChars());
      SettingsJson.Themes t = required(json.themes(), "themes");
      List<ThemeSpec> specs = t.themes() == null ? List.of() : t.themes().stream().map(theme -> new ThemeSpec(
          required(theme.name(), "themes.name"), theme.description(), required(theme.seeds(), "themes.seeds"),
          theme.parent(), theme.was() == null ? List.of() : theme.was(),
          theme.topics() == null ? List.of() : theme.topics())).toList();
      ThemeOptions themes = new ThemeOptions(dev.landscape.themes.ThemeFile.check(specs, file + " (settings.themes)"),
          specs.isEmpty() ? null : t.source(), t.seedConfidence());
      SettingsJson.Text x = required(json.text(), "text");
      TextOptions text = new TextOptions(new TextOptions.WordFiles(path(x.stopwords()), path(x.keepWords())),
          new TextOptions.Phrasing(x.phrases(), x.phraseMinCount(), x.phraseThreshold(), themes.seedPhrases()),
          new TextOptions.Pruning(x.minDocs(), x.maxDocFraction()), x.threads());
      SettingsJson.Topics k = required(json.topics(), "topics");
      SettingsJson.Model m = required(k.model(), "topics.model");
      boolean auto = "auto".equalsIgnoreCase(required(m.iterations(), "topics.model.iterations").strip());
      LdaParams lda = new LdaParams(2, auto ? LdaParams.AUTO_MAX_ITERATIONS : Integer.parseInt(m.iterations().strip()),
          new LdaParams.Priors(m.alpha(), m.beta(), m.optimizeInterval(), m.optimizeBurnIn()), m.threads(), m.seed(),
          auto);
      SettingsJson.Sweep sweep = required(k.sweep(), "topics.sweep");
      TrainingSample sample = k.trainSample() == null ? null
          : TrainingSample.parse(k.trainSample().size(), k.trainSample().by());
      SettingsJson.Outputs o = required(json.outputs(), "outputs");
      OutputSelection selection = OutputSelection.parse(String.join(",", required(o.outputs(), "outputs.outputs")),
          String.join(",", required(o.chartFormats(), "outputs.chart_formats")));
      return new RunSettings(new RunSettings.Corpus(Path.of(required(c.input(), "corpus.input")), read), text,
          new RunSettings.Topics(TopicChoice.parse(required(k.topics(), "topics.topics")), lda, sweep.iterations(),
              sweep.sample(), sample),
          themes, TrendOptions.parse(required(json.period(), "period")),
          new RunSettings.Outputs(Path.of(required(o.out(), "outputs.out")), o.chartScale(), o.rawCsv(), selection));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": settings: " + e.getMessage(), e);
    }
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is missing");
    }
    return value;
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String name) {
    try {
      return Enum.valueOf(type, required(value, name).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": unknown value '" + value + "'");
    }
  }

  private static String absolute(Path path) {
    return path == null ? null : path.toAbsolutePath().normalize().toString();
  }

  private static Path path(String text) {
    return text == null ? null : Path.of(text);
  }
}
