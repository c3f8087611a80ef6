package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** theme-categories.csv agrees with the papers' themes and categories, counted again here from the inputs. */
class ThemeCategoriesTest {
  @TempDir Path tmp;

  private static List<CSVRecord> records(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }

  @Test
  void eachThemeByCategoryCountsItsMembersThatListIt() throws IOException {
    Path out = tmp.resolve("r");
    CliRunner cli = new CliRunner();
    assertEquals(ExitCodes.OK, cli.execute("run", "-q", "--input", RunCommandTest.fixture("good.jsonl"), "--out",
        out.toString(), "--topics", "2", "--iterations", "50"), cli.err.toString());
    // good.jsonl: 2401.04122 is cs.HC cs.AI, 2401.00631 cs.NI cs.AI, 2402.00001 has none.
    Map<String, List<String>> categories = Map.of("2401.04122", List.of("cs.HC", "cs.AI"), "2401.00631",
        List.of("cs.NI", "cs.AI"), "2402.00001", List.of());
    Map<String, long[]> expected = new TreeMap<>();
    for (CSVRecord paper : records(out.resolve("topic-assignments.csv"))) {
      for (String theme : paper.get("themes").split("; ")) {
        List<String> listed = categories.get(paper.get("id"));
        for (String category : listed) {
          long[] counts = expected.computeIfAbsent(theme + "|" + category, k -> new long[2]);
          counts[0]++;
          if (category.equals(listed.get(0))) {
            counts[1]++;
          }
        }
      }
    }
    Map<String, long[]> written = new TreeMap<>();
    for (CSVRecord row : records(out.resolve("theme-categories.csv"))) {
      written.put(row.get("name") + "|" + row.get("category"), new long[] {Long.parseLong(row.get("member_papers")),
          Long.parseLong(row.get("primary_category_papers"))});
      // cs.AI is listed by two papers; the others by one.
      long inCategory = row.get("category").equals("cs.AI") ? 2 : 1;
      assertEquals(Double.parseDouble(row.get("member_papers")) / inCategory,
          Double.parseDouble(row.get("share_of_category")), 1e-4, row.toString());
    }
    assertFalse(written.isEmpty());
    assertEquals(expected.keySet(), written.keySet());
    expected.forEach((key, counts) -> assertEquals(List.of(counts[0], counts[1]), List.of(written.get(key)[0],
        written.get(key)[1]), key));
  }
}
