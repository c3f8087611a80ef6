package dev.landscape.pipeline;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.landscape.corpus.BadRecordPolicy;
import dev.landscape.corpus.CorpusFormat;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.io.InputException;
import dev.landscape.io.SmallFiles;
import dev.landscape.model.ModelFiles;
import dev.landscape.model.SavedModel;
import dev.landscape.output.SettingsJson;
import dev.landscape.publish.OutputSelection;
import dev.landscape.selection.TopicChoice;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.themes.ThemeSpec;
import dev.landscape.topics.LdaParams;
import dev.landscape.trends.TrendOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The settings of the run that wrote a report folder, as its run.json recorded them: what {@code landscape report
 * --from} renders the report again with. A run.json of this version holds them whole ({@code settings}); one of an
 * earlier version is read from what it recorded of them ({@code parameters} and {@code input}), with the named
 * themes the saved model keeps (their descriptions were not kept). No file a run.json names is read to build them.
 */
public final class RecordedRun {
  /** Largest run.json read: a few KiB of settings and the list of files written. */
  private static final int MAX_RUN_JSON = 16 << 20;
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private RecordedRun() {}

  /** What run.json's keys this reads hold. */
  record Recorded(String tool, SettingsJson settings, Legacy parameters, Input input) {}

  /** The corpus file of a run.json of an earlier version. */
  record Input(String path) {}

  /**
   * The settings a run.json of an earlier version recorded under {@code parameters}, flat there; grouped here as
   * they are used (each part's fields unwrapped). A missing field is null, and named when it is needed.
   */
  record Legacy(@JsonUnwrapped Sampler sampler, @JsonUnwrapped Reading reading, @JsonUnwrapped Text text,
      Double seedConfidence, String period, @JsonUnwrapped Outputs written) {}

  /** How the topics were trained. */
  record Sampler(Integer topics, Object iterations, Double alphaSum, Double beta, Integer optimizeInterval,
      Integer optimizeBurnIn, Integer threads, Integer seed) {}

  /** How the input was read. */
  record Reading(String format, String onBadRecord, ReadOptions.Columns columns) {}

  /** How the text became tokens. */
  record Text(Boolean phrases, Integer phraseMinCount, Double phraseThreshold, Integer minDocs) {}

  /** What was written. */
  record Outputs(Integer chartScale, Boolean rawCsv, List<String> outputs, List<String> chartFormats) {}

  /**
   * The settings of the run that wrote {@code from}.
   *
   * @throws InputException naming the file and what is wrong with it
   */
  public static RunSettings settings(Path from) {
    Path file = from.resolve("run.json");
    if (!Files.isRegularFile(file)) {
      throw new InputException(from + ": not a report folder (no run.json)");
    }
    Recorded recorded;
    try {
      recorded = JSON.readValue(SmallFiles.bytes(file, MAX_RUN_JSON), Recorded.class);
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      // Where in the file, in its own terms (settings.topics), not the Java type it failed to make.
      String at = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
          : "[" + r.getIndex() + "]").collect(java.util.stream.Collectors.joining(".")).replace(".[", "[");
      throw new InputException(file + ": not a run.json landscape wrote (" + (at.isEmpty() ? "not a JSON object"
          : e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException ? at + " is not one of its "
              + "fields" : at + " has a value of the wrong kind") + ")");
    } catch (IOException e) {
      String line = e instanceof com.fasterxml.jackson.core.JsonProcessingException json
          && json.getLocation() != null ? ", line " + json.getLocation().getLineNr() : "";
      throw new InputException(file + ": not a run.json landscape wrote (not valid JSON" + line + ")");
    }
    if (recorded == null || !"landscape".equals(recorded.tool())) {
      throw new InputException(file + ": not written by landscape");
    }
    try {
      if (recorded.settings() != null) {
        return RecordedSettings.fromJson(recorded.settings(), file);
      }
      if (recorded.parameters() == null || recorded.input() == null || recorded.input().path() == null) {
        throw new IllegalArgumentException("it records neither the run's settings nor its parameters");
      }
      return legacy(recorded, from);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage().startsWith(file.toString()) ? e.getMessage()
          : file + ": " + e.getMessage());
    }
  }

  /** The settings of a run of an earlier version, from its parameters and its saved model. */
  private static RunSettings legacy(Recorded recorded, Path from) {
    Legacy p = recorded.parameters();
    Sampler m = p.sampler();
    Reading r = p.reading();
    Text t = p.text();
    Outputs o = p.written();
    int threads = required(m.threads(), "threads");
    ReadOptions read = new ReadOptions(
        CorpusFormat.valueOf(required(r.format(), "format").toUpperCase(Locale.ROOT)),
        BadRecordPolicy.valueOf(required(r.onBadRecord(), "on_bad_record").toUpperCase(Locale.ROOT)),
        r.columns() == null ? ReadOptions.Columns.DEFAULT : r.columns(), threads);
    ThemeOptions themes = savedThemes(ModelFiles.read(from.resolve(ModelFiles.DIR)),
        p.seedConfidence() == null ? ThemeOptions.DEFAULT_CONFIDENCE : p.seedConfidence());
    // The thresholds it recorded are those it applied on this corpus: given again, they apply again.
    TextOptions text = new TextOptions(TextOptions.WordFiles.NONE, new TextOptions.Phrasing(
        required(t.phrases(), "phrases"), required(t.phraseMinCount(), "phrase_min_count"),
        required(t.phraseThreshold(), "phrase_threshold"), themes.seedPhrases()),
        new TextOptions.Pruning(required(t.minDocs(), "min_docs"), 0), threads);
    Object iterations = required(m.iterations(), "iterations");
    boolean auto = "auto".equals(iterations);
    int topics = required(m.topics(), "topics");
    LdaParams lda = new LdaParams(topics,
        auto ? LdaParams.AUTO_MAX_ITERATIONS : ((Number) iterations).intValue(), new LdaParams.Priors(
            required(m.alphaSum(), "alpha_sum"), required(m.beta(), "beta"),
            required(m.optimizeInterval(), "optimize_interval"), required(m.optimizeBurnIn(), "optimize_burn_in")),
        threads, required(m.seed(), "seed"), auto);
    OutputSelection selection = OutputSelection.parse(String.join(",", required(o.outputs(), "outputs")),
        String.join(",", required(o.chartFormats(), "chart_formats")));
    return new RunSettings(new RunSettings.Corpus(Path.of(recorded.input().path()), read), text,
        new RunSettings.Topics(new TopicChoice.Fixed(topics), lda, 0, 20_000, null), themes,
        TrendOptions.parse(required(p.period(), "period")),
        new RunSettings.Outputs(from, required(o.chartScale(), "chart_scale"), required(o.rawCsv(), "raw_csv"),
            selection));
  }

  /** The named themes a saved model keeps: names, parents and seeds. */
  private static ThemeOptions savedThemes(SavedModel model, double confidence) {
    if (model.learning() == null) {
      return new ThemeOptions(List.of(), null, confidence);
    }
    List<ThemeSpec> specs = new ArrayList<>();
    for (int t = 0; t < model.learning().specs().size(); t++) {
      ThemeSpec saved = model.learning().specs().get(t);
      specs.add(new ThemeSpec(saved.name(), "", saved.seeds(), model.themes().get(t).parent()));
    }
    return new ThemeOptions(specs, "(the saved model)", confidence);
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("parameters." + name + " is missing");
    }
    return value;
  }
}
