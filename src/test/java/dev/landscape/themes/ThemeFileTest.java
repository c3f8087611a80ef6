package dev.landscape.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.landscape.io.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeFileTest {
  @TempDir Path tmp;

  private Path file(String yaml) throws IOException {
    Path file = tmp.resolve("themes.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  private String error(String yaml) throws IOException {
    Path file = file(yaml);
    return assertThrows(InputException.class, () -> ThemeFile.load(file)).getMessage();
  }

  @Test
  void readsThemesInFileOrder() throws IOException {
    List<ThemeSpec> themes = ThemeFile.load(file("""
        themes:
          - name: Fine-tuning
            description: Adapting models.
            seeds: [lora, "prefix tuning"]
            parent: Training
          - name: Retrieval
            seeds:
              - retrieval
        """));
    assertEquals(2, themes.size());
    assertEquals(new ThemeSpec("Fine-tuning", "Adapting models.", List.of("lora", "prefix tuning"), "Training"),
        themes.get(0));
    assertEquals("", themes.get(1).description());
    assertEquals(null, themes.get(1).parent());
  }

  @Test
  void unknownKeyNamesTheKeyAndLine() throws IOException {
    String message = error("themes:\n  - name: A\n    seed: [x]\n");
    assertTrue(message.matches(".*themes\\.yaml:3: unknown key 'seed'.*"), message);
  }

  @Test
  void yamlSyntaxErrorNamesTheLine() throws IOException {
    String message = error("themes:\n  - name: A\n    seeds: [x\n  - name: B\n");
    assertTrue(message.matches(".*themes\\.yaml:\\d+: not a valid themes file: .*"), message);
    assertEquals(1, message.lines().count());
  }

  /** An alias read as its anchor's name, not its value, was a silent wrong description (issue 36). */
  @Test
  void anchorsAndAliasesAreRefusedInOneLineNamingTheLine() throws IOException {
    String alias = error("themes:\n  - name: A\n    description: &n Adapting models.\n    seeds: [a]\n"
        + "  - name: B\n    description: *n\n    seeds: [b]\n");
    assertTrue(alias.endsWith("themes.yaml:3: YAML anchors and aliases (&n, *n) are not read in a themes file; "
        + "write each value out"), alias);
    String anchoredList = error("themes:\n  - name: A\n    seeds: &s [a, b]\n");
    assertTrue(anchoredList.contains("themes.yaml:3: YAML anchors and aliases (&s, *s)"), anchoredList);
    assertEquals(1, anchoredList.lines().count());
  }

  @Test
  void refusesThemesWithoutSeedsOrNamesAndDuplicates() throws IOException {
    assertTrue(error("themes:\n  - name: A\n").contains("themes.yaml:2: theme 'A' has no seeds"));
    assertTrue(error("themes:\n  - description: x\n    seeds: [a]\n").contains("theme 1 has no name"));
    assertTrue(error("themes:\n  - name: A\n    seeds: [a]\n  - name: a\n    seeds: [b]\n")
        .contains("is listed twice"));
    assertTrue(error("themes:\n  - name: Other\n    seeds: [a]\n").contains("reserved"));
    assertTrue(error("other: 1\n").contains("unknown key 'other'"));
    assertTrue(error("themes: []\n").contains("lists no themes"));
    assertTrue(error("themes:\n  - name: A\n    seeds: [a, '']\n").contains("has an empty seed"));
  }

  @Test
  void missingAndNonUtf8FilesAreInputErrors() throws IOException {
    Path missing = tmp.resolve("nope.yaml");
    assertTrue(assertThrows(InputException.class, () -> ThemeFile.load(missing)).getMessage()
        .endsWith("nope.yaml: no such themes file"));
    Path latin1 = tmp.resolve("latin1.yaml");
    Files.write(latin1, "themes:\n  - name: Caf\u00e9\n    seeds: [a]\n".getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(assertThrows(InputException.class, () -> ThemeFile.load(latin1)).getMessage()
        .contains("not UTF-8"));
  }

  @Test
  void shippedTaxonomyLoadsAndCoversTheNamedFields() {
    List<String> names = ThemeFile.load(Path.of("data/themes.yaml")).stream().map(ThemeSpec::name).toList();
    for (String expected : List.of("Parameter-efficient fine-tuning", "Alignment and human feedback",
        "Attention efficiency and long context", "Pretraining objectives and architectures",
        "Reasoning and prompting", "Evaluation and analysis of language models", "Interpretability",
        "Generative models (diffusion, flows)", "Reinforcement learning and agents", "Retrieval",
        "Safety and detection")) {
      assertTrue(names.contains(expected), expected);
    }
    assertEquals(ThemeFile.load(Path.of("data/themes.yaml")), ThemeFile.loadDefault());
  }

  /**
   * Issue 36: a name holding "; " (it split in the workbook's papers.themes and broke aggregate), two names equal but
   * for their Unicode form (NFC and NFD), and a noncharacter that XML forbids are refused, naming the line.
   */
  @Test
  void namesThatWouldBreakATableOrASvgAreRefused() throws IOException {
    assertTrue(error("themes:\n  - name: A; B\n    seeds: [x]\n").contains("may not hold '; '"));
    String composed = "R\u00e9seaux";
    String decomposed = "Re\u0301seaux";
    String twice = error("themes:\n  - name: " + composed + "\n    seeds: [x]\n  - name: " + decomposed
        + "\n    seeds: [y]\n");
    assertTrue(twice.contains("is listed twice"), twice);
    String nonchar = error("themes:\n  - name: A\uFFFEB\n    seeds: [x]\n");
    assertTrue(nonchar.contains("control character") || nonchar.contains("special characters"), nonchar);
    assertEquals(List.of("A, B"), ThemeFile.load(file("themes:\n  - name: 'A, B'\n    seeds: [x]\n")).stream()
        .map(ThemeSpec::name).toList(), "a comma is fine");
  }
}
