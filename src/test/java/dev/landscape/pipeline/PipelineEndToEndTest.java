package dev.landscape.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.progress.Progress;
import dev.landscape.text.TextOptions;
import dev.landscape.themes.ThemeFile;
import dev.landscape.themes.ThemeOptions;
import dev.landscape.trends.TrendOptions;
import dev.landscape.topics.LdaParams;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole run on the default corpus, with the defaults of {@code ./landscape run}, into a temporary folder. */
class PipelineEndToEndTest {
  static final Path DEFAULT_CORPUS = Path.of("data/arxiv-ml-abstracts.txt");

  @TempDir Path tmp;

  /** The configuration {@code ./landscape run} uses, writing to {@code out}. */
  static RunSettings defaults(Path out) {
    ThemeOptions themes =
        new ThemeOptions(ThemeFile.loadDefault(), "data/themes.yaml", ThemeOptions.DEFAULT_CONFIDENCE);
    return Settings.of(DEFAULT_CORPUS, out, ReadOptions.defaults(),
        TextOptions.defaults(2).withSeedPhrases(themes.seedPhrases()), themes, TrendOptions.AUTO,
        new dev.landscape.selection.TopicChoice.Scaled(), 0, 20_000,
        new LdaParams(2, 1000, 5.0, 0.01, 20, 50, 2, 1), 1, false, null);
  }

  @Test
  void writesEveryOutputCoveringAllPapers() throws Exception {
    Path out = tmp.resolve("reports");
    new Pipeline(Progress.NONE).run(defaults(out), Settings.COMMAND);

    List<CSVRecord> assignments = read(out.resolve("topic-assignments.csv"));
    assertEquals(39, assignments.size());
    Set<String> ids = new HashSet<>();
    for (CSVRecord row : assignments) {
      ids.add(row.get("id"));
      double first = Double.parseDouble(row.get("topic_weight"));
      double second = Double.parseDouble(row.get("second_weight"));
      assertTrue(first >= second && first > 0 && first <= 1, row.toString());
      assertTrue(row.get("date").matches("\\d{4}-\\d{2}"), row.get("date"));
      assertTrue(!row.get("topic").equals(row.get("second_topic")));
    }
    assertEquals(39, ids.size());
    assertTrue(ids.contains("2303.11366"), "version suffix split off");

    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    int seeded = run.at("/parameters/seeded_themes").asInt();
    assertTrue(seeded >= 11, "most of the shipped themes occur in the 39 papers: " + seeded);
    List<CSVRecord> topics = read(out.resolve("topics.csv"));
    int k = topics.size();
    assertEquals(seeded + Math.max(2, (seeded + 3) / 4), k, "a topic per named theme plus free ones");
    int papers = 0;
    double share = 0;
    for (CSVRecord topic : topics) {
      papers += Integer.parseInt(topic.get("papers"));
      share += Double.parseDouble(topic.get("token_share"));
      assertEquals(20, topic.get("top_words").split("; ").length);
      assertEquals(20, topic.get("top_weights").split("; ").length);
      double npmi = Double.parseDouble(topic.get("c_npmi"));
      assertTrue(npmi >= -1 && npmi <= 1, topic.toString());
      double cv = Double.parseDouble(topic.get("c_v"));
      assertTrue(cv >= 0 && cv <= 1, topic.toString());
      assertTrue(topic.get("flags").isEmpty() == topic.get("flag_reasons").isEmpty(), topic.toString());
    }
    assertEquals(39, papers, "every paper has one dominant topic");
    assertEquals(1.0, share, 1e-3);

    // topic-terms.csv is topics.csv's packed lists as a long table: same terms, same order, same weights.
    java.util.Map<String, List<String>> terms = new java.util.HashMap<>();
    java.util.Map<String, List<String>> weights = new java.util.HashMap<>();
    for (CSVRecord row : read(out.resolve("topic-terms.csv"))) {
      assertEquals(terms.computeIfAbsent(row.get("topic"), t -> new java.util.ArrayList<>()).size() + 1,
          Integer.parseInt(row.get("rank")));
      terms.get(row.get("topic")).add(row.get("term"));
      weights.computeIfAbsent(row.get("topic"), t -> new java.util.ArrayList<>()).add(row.get("weight"));
    }
    for (CSVRecord topic : read(out.resolve("topics.csv"))) {
      assertEquals(List.of(topic.get("top_words").split("; ")), terms.get(topic.get("topic")));
      assertEquals(List.of(topic.get("top_weights").split("; ")), weights.get(topic.get("topic")));
    }

    List<CSVRecord> docTopics = read(out.resolve("doc-topics.csv"));
    assertEquals(39, docTopics.size());
    for (CSVRecord row : docTopics) {
      double sum = 0;
      for (int topic = 0; topic < k; topic++) {
        sum += Double.parseDouble(row.get("topic_" + topic));
      }
      assertEquals(1.0, sum, 1e-4);
    }

    assertEquals(39, run.at("/counts/papers").asInt());
    assertEquals(39, run.at("/counts/records").asInt());
    assertEquals(64, run.at("/input/sha256").asText().length());
    assertEquals(1, run.at("/parameters/seed").asInt());
    assertEquals(2, run.at("/parameters/threads").asInt());
    assertEquals("2.1.1", run.at("/versions/mallet").asText());
    assertTrue(run.at("/timings_ms/train").isNumber());
    assertTrue(run.at("/results/tokens_per_second").asDouble() > 0);
    assertTrue(run.at("/results/mean_c_npmi").isNumber());
    assertTrue(run.at("/results/diversity").asDouble() > 0);

    List<CSVRecord> themes = read(out.resolve("themes.csv"));
    int primaries = 0;
    for (CSVRecord theme : themes) {
      primaries += Integer.parseInt(theme.get("primary_papers"));
      if (Integer.parseInt(theme.get("member_papers")) > 0) {
        List<String> representatives = List.of(theme.get("representative_papers").split("; "));
        assertTrue(representatives.size() <= 5 && ids.containsAll(representatives), theme.toString());
      } else {
        assertEquals("", theme.get("representative_papers"), "a theme without papers has no representatives");
      }
    }
    assertEquals(39, primaries, "every paper has one primary theme");
    Set<String> themeNames = new HashSet<>();
    themes.forEach(t -> themeNames.add(t.get("name")));
    for (CSVRecord row : assignments) {
      assertTrue(themeNames.contains(row.get("theme")), row.toString());
      double confidence = Double.parseDouble(row.get("theme_confidence"));
      double second = Double.parseDouble(row.get("second_theme_weight"));
      assertTrue(confidence >= second && confidence <= 1.0001, row.toString());
      assertEquals(confidence - second < 0.1, Boolean.parseBoolean(row.get("mixed")), row.toString());
    }
    for (CSVRecord topic : topics) {
      assertTrue(themeNames.contains(topic.get("theme")), topic.toString());
    }
    checkCharts(out.resolve("charts"), k);
  }

  /**
   * Every chart in charts/index.csv exists in all three formats: a 1920 x 1080 PNG that is not blank, SVG that
   * parses as XML, PDF that starts with its magic bytes. The 39 dated papers support trend charts; the distance map,
   * heatmap, overview and one term chart per theme and topic are always there.
   */
  private static void checkCharts(Path charts, int topicCount) throws Exception {
    List<CSVRecord> index = read(charts.resolve("index.csv"));
    Set<String> names = new HashSet<>();
    for (CSVRecord chart : index) {
      String name = chart.get("file");
      names.add(name);
      assertTrue(!chart.get("title").isBlank() && !chart.get("shows").isBlank(), chart.toString());
      java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(charts.resolve(name + ".png").toFile());
      assertEquals(1920, png.getWidth(), name);
      assertEquals(1080, png.getHeight(), name);
      int background = png.getRGB(2, 2);
      long different = 0;
      for (int x = 0; x < png.getWidth(); x += 5) {
        for (int y = 0; y < png.getHeight(); y += 5) {
          different += png.getRGB(x, y) != background ? 1 : 0;
        }
      }
      assertTrue(different > 2_000, name + " is not blank: " + different);
      javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      assertEquals("svg", factory.newDocumentBuilder().parse(charts.resolve(name + ".svg").toFile())
          .getDocumentElement().getNodeName(), name);
      byte[] pdf = java.nio.file.Files.readAllBytes(charts.resolve(name + ".pdf"));
      assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII), name);
    }
    for (String expected : List.of("theme-share", "terms-overview", "distance-map", "topic-similarity",
        "theme-trends", "terms-theme-0", "terms-topic-" + (topicCount - 1))) {
      assertTrue(names.contains(expected), expected + " in " + names);
    }
    assertTrue(!names.contains("theme-slopes"), "no theme has 30 papers a year: no slope chart");
  }

  @Test
  void sameInputSeedAndThreadsGiveByteIdenticalCsvs() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    new Pipeline(Progress.NONE).run(defaults(a), Settings.COMMAND);
    new Pipeline(Progress.NONE).run(defaults(b), Settings.COMMAND);
    for (String name : List.of("topic-assignments.csv", "topics.csv", "doc-topics.csv")) {
      assertEquals(Files.readString(a.resolve(name)), Files.readString(b.resolve(name)), name);
    }
  }

  static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader)
            .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
      return parser.getRecords();
    }
  }
}
