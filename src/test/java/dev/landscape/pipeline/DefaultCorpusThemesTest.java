package dev.landscape.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.progress.Progress;
import dev.landscape.topics.LdaParams;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's check on the default 39 papers with the shipped taxonomy: the PEFT papers, the attention-efficiency
 * papers and the alignment papers should each share their named theme. Over seeds 1 to 10, at least 95% of these
 * twelve papers land in their theme, and every group is whole in at least 9 of the 10 seeds (issue 5's bar). One
 * paper of twelve straying, such as AFT joining the flows paper's topic, breaks a seed.
 */
class DefaultCorpusThemesTest {
  private static final Map<String, List<String>> GROUPS = Map.of(
      "Parameter-efficient fine-tuning", List.of("2101.00190", "2103.10385", "2110.07602", "2104.08691", "2106.09685"),
      "Attention efficiency and long context", List.of("1911.02150", "1904.10509", "2105.14103", "2303.09752"),
      "Alignment and human feedback", List.of("2112.09332", "2209.00626", "2009.01325"));

  @TempDir Path tmp;

  @Test
  void knownGroupsLandInTheirNamedThemesAcrossSeeds() throws IOException {
    List<String> failures = new ArrayList<>();
    int allWhole = 0;
    int placed = 0;
    int papers = 0;
    for (int seed = 1; seed <= 10; seed++) {
      Path out = tmp.resolve("seed" + seed);
      RunSettings defaults = PipelineEndToEndTest.defaults(out);
      LdaParams lda = defaults.lda();
      RunSettings config = Settings.of(defaults.input(), out, defaults.read(), defaults.text(), defaults.themes(),
          defaults.trends(), defaults.topics().choice(), 0, 20_000, new LdaParams(lda.topics(), lda.iterations(),
              lda.alphaSum(), lda.beta(), lda.optimizeInterval(), lda.optimizeBurnIn(), lda.threads(), seed),
          defaults.outputs().chartScale(), defaults.outputs().rawCsv(), null);
      new Pipeline(Progress.NONE).run(config, Settings.COMMAND);
      Map<String, String> themeOf = themes(out.resolve("topic-assignments.csv"));
      int failuresBefore = failures.size();
      for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
        var found = new HashSet<String>();
        for (String id : group.getValue()) {
          found.add(themeOf.get(id));
          placed += themeOf.get(id).equals(group.getKey()) ? 1 : 0;
          papers++;
        }
        if (!found.equals(java.util.Set.of(group.getKey()))) {
          failures.add("seed " + seed + ": " + group.getKey() + " papers went to " + found);
        }
      }
      allWhole += failures.size() == failuresBefore ? 1 : 0;
    }
    String report = placed + " of " + papers + " placed; " + String.join("\n", failures);
    assertTrue(placed >= 0.95 * papers, report);
    // Issue 5's bar: every group whole in at least 9 of the 10 seeds. Measured 2026-12-07 with the one theme rule:
    // 9 of 10 in seeds 1-10 and 9 of 10 in seeds 11-20 (one paper astray in seeds 5 and 13), 238 of 240 papers
    // placed. The count has no margin, by choice: it is the regression this test exists to catch (one more group
    // broken in these seeds); the 95% placement bar above has the margin (99%).
    assertTrue(allWhole >= 9, "all three groups whole in " + allWhole + " of 10 seeds: " + report);
  }

  private static Map<String, String> themes(Path assignments) throws IOException {
    Map<String, String> themeOf = new HashMap<>();
    try (Reader reader = Files.newBufferedReader(assignments, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        themeOf.put(row.get("id"), row.get("theme"));
      }
    }
    return themeOf;
  }
}
