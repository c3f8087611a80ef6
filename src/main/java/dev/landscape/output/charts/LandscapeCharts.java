package dev.landscape.output.charts;

import dev.landscape.output.CsvCells;

import dev.landscape.concurrent.Futures;
import dev.landscape.selection.TopicSweep;
import dev.landscape.text.Vocabulary;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
import dev.landscape.themes.TopicClustering;
import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicModel;
import dev.landscape.trends.TrendOptions;
import dev.landscape.trends.TrendResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every chart of a run, built from its results and written to {@code charts/} in PNG, SVG and PDF, with
 * {@code charts/index.csv} listing each file, its title and what it shows. Charts the data cannot support (trends of
 * an undated corpus) are left out and the log says why.
 */
public final class LandscapeCharts {
  public static final String DIR = "charts";
  public static final String INDEX = "index.csv";
  private static final Logger LOG = LoggerFactory.getLogger(LandscapeCharts.class);

  private LandscapeCharts() {}

  /** Every theme's colour as {@code #rrggbb}, by theme number: the report's explorer uses the charts' colours. */
  public static List<String> colors(ThemeResult themes) {
    ThemePalette palette = ThemePalette.of(themes);
    return themes.themes().stream().map(t -> String.format(java.util.Locale.ROOT, "#%06x",
        palette.color(t.id()).getRGB() & 0xFFFFFF)).toList();
  }

  /** The distance map's places of the topics whose Jensen-Shannon distances are {@code distance}. */
  public static double[][] mapCoordinates(double[][] distance) {
    return DistanceMap.coordinates(distance);
  }

  /**
   * Every figure the results support, in the order of the index.
   *
   * @param distance the topics' Jensen-Shannon distances ({@link TopicClustering#distances})
   */
  public static List<Figure> figures(TopicModel model, Vocabulary vocabulary, List<Topic> topics, ThemeResult themes,
      TrendResult trends, java.util.Optional<TopicSweep.Result> sweep, double[][] distance) {
    List<Figure> figures = new ArrayList<>();
    figures.add(ShareCharts.themeShare(themes));
    TermCharts terms = new TermCharts(model, vocabulary, ThemePalette.of(themes));
    List<Theme> withTopics = themes.themes().stream().filter(t -> !t.topTerms().isEmpty() && themes.supported(t.id()))
        .sorted(java.util.Comparator.comparingDouble((Theme t) -> -themes.papers().share(t.id())))
        .toList();
    figures.add(terms.overview(withTopics));
    if (topics.size() >= 3) {
      TopicThemes topicThemes = TopicThemes.of(themes, topics.size());
      figures.add(DistanceMap.build(topics, topicThemes, distance));
      figures.add(SimilarityHeatmap.build(topics, topicThemes, distance));
    } else {
      LOG.info("No distance map or similarity heatmap: they need at least 3 topics, the model has {}",
          topics.size());
    }
    if (trends.available()) {
      figures.add(TrendChart.build(themes, trends));
      Figure slopes = ShareCharts.slopes(themes, trends);
      if (slopes != null) {
        figures.add(slopes);
      } else {
        LOG.info("No rising/falling chart: {}", TrendOptions.slopeNeeds(trends.granularity()));
      }
    } else {
      LOG.info("No trend charts: {}", trends.skipped());
    }
    if (sweep.isPresent()) {
      figures.add(SweepChart.build(sweep.get()));
    }
    withTopics.stream().sorted(java.util.Comparator.comparingInt(Theme::id)).forEach(t -> figures.add(terms.theme(t)));
    topics.forEach(t -> figures.add(terms.topic(t, themes.themeOfTopic(t.id()))));
    return figures;
  }

  /**
   * Writes {@code figures} into {@code reportDir/charts} on {@code threads} threads; returns the folder's name as
   * the report output.
   */
  public static ChartIndex write(List<Figure> figures, Path reportDir, String footer, int scale, int threads) {
    return write(figures, reportDir, footer, scale, threads, ChartWriter.FORMATS);
  }

  /** As {@link #write(List, Path, String, int, int)}, in {@code formats} only (some of png, svg, pdf). */
  public static ChartIndex write(List<Figure> figures, Path reportDir, String footer, int scale, int threads,
      List<String> formats) {
    Path dir = reportDir.resolve(DIR);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + DIR + ": " + e.getMessage(), e);
    }
    ChartWriter writer = new ChartWriter(dir, footer, scale, formats);
    List<Callable<List<String>>> drawings = new ArrayList<>();
    for (Figure figure : figures) {
      drawings.add(() -> writer.write(figure));
    }
    Futures.all(drawings, threads, "charts", "drawing charts");
    writeIndex(figures, formats, dir.resolve(INDEX));
    return ChartIndex.of(dir, figures, formats);
  }

  private static void writeIndex(List<Figure> figures, List<String> formats, Path file) {
    CSVFormat format = dev.landscape.output.CsvCells.format(List.of("file", "formats", "title", "shows"));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, format)) {
      for (Figure figure : figures) {
        // Titles quote theme names from the user's themes file: guarded against formulas like any text cell.
        printer.printRecord(figure.name(), String.join(" ", formats), CsvCells.SAFE.text(figure.title()),
            CsvCells.SAFE.text(figure.shows()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + DIR + "/" + INDEX + ": " + e.getMessage(), e);
    }
  }
}
