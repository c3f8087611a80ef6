package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoherenceCommandTest {
  @TempDir Path tmp;

  private final CliRunner cli = new CliRunner();

  private Path texts() throws IOException {
    return Files.write(tmp.resolve("texts.txt"), List.of("rocket orbit launch satellite", "flour oven bake bread",
        "rocket launch orbit", "oven bread flour"));
  }

  @Test
  void printsOneCsvRowPerTopicAndTheMeanApart() throws IOException {
    Path topics = Files.write(tmp.resolve("topics.txt"), List.of("rocket orbit launch", "flour oven rocket"));
    assertEquals(ExitCodes.OK, cli.execute("coherence", "--texts", texts().toString(), "--topics", topics.toString()),
        cli.err.toString());
    List<String> lines = cli.out.toString().lines().toList();
    assertEquals("topic,c_npmi,u_mass,c_uci,c_v", lines.get(0));
    assertEquals(3, lines.size(), "only data rows: the means go to standard error");
    assertTrue(cli.err.toString().startsWith("Mean over 2 topics: c_npmi "), cli.err.toString());
    double coherent = Double.parseDouble(lines.get(1).split(",")[1]);
    double mixed = Double.parseDouble(lines.get(2).split(",")[1]);
    assertTrue(coherent > mixed, cli.out.toString());
  }

  @Test
  void badTopicsAreUsageErrorsNamingTheLine() throws IOException {
    Path single = Files.write(tmp.resolve("single.txt"), List.of("rocket orbit", "rocket"));
    assertEquals(ExitCodes.USAGE, cli.execute("coherence", "--texts", texts().toString(), "--topics", single.toString()));
    assertTrue(cli.err.toString().contains("single.txt:2: a topic needs at least 2 words"), cli.err.toString());

    Path unknown = Files.write(tmp.resolve("unknown.txt"), List.of("rocket zeppelin"));
    cli.clear();
    assertEquals(ExitCodes.USAGE, cli.execute("coherence", "--texts", texts().toString(), "--topics", unknown.toString()));
    assertTrue(cli.err.toString().contains("1 topic words occur in no text"), cli.err.toString());
    assertTrue(cli.err.toString().contains("zeppelin"), cli.err.toString());
  }
}
