package dev.landscape.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * A made-up corpus shaped like a listing of arXiv cs.AI papers: fields that use the default taxonomy's seed words,
 * papers mostly of one field and sometimes of two, two years of monthly dates with one field rising and one falling,
 * titles and abstracts with quotes, ampersands and markup. Seeded, so every test run gets the same papers.
 */
public final class FieldCorpus {
  /** Each field's words: seeds of a theme of data/themes.yaml, then words of the field that are not seeds. */
  static final String[][] FIELDS = {
      {"lora", "low-rank adaptation", "peft", "adapters", "rank", "frozen", "budget", "trainable", "matrices"},
      {"rlhf", "human feedback", "preference optimization", "reward model", "annotators", "harmless", "pairwise",
          "preferences", "helpful"},
      {"retrieval-augmented generation", "retriever", "rag", "passages", "documents", "corpus", "index", "query",
          "grounding"},
      {"diffusion model", "denoising", "score-based", "image synthesis", "sampling", "noise", "pixels", "latent",
          "generator"},
      {"reinforcement learning", "policy gradient", "agents", "environment", "exploration", "rollouts", "actions",
          "return", "episodes"},
      {"code generation", "program synthesis", "programs", "compiler", "unit tests", "repository", "python",
          "functions", "bugs"},
      {"jailbreak", "safety", "adversarial attacks", "red teaming", "harmful", "refusal", "guardrails", "attackers",
          "prompts"},
      {"multimodal", "vision-language", "images", "captions", "visual", "video", "grounded", "pixel", "caption"},
      {"graph neural networks", "nodes", "edges", "message passing", "molecules", "graphs", "neighbourhood",
          "topology", "link"}};
  private static final String[] COMMON = {"we", "propose", "method", "results", "show", "model", "approach",
      "experiments", "performance", "tasks", "data", "novel", "framework", "evaluate", "large", "language"};

  private FieldCorpus() {}

  /** Writes {@code papers} JSON Lines records to {@code file}, dated from 2023-01 to 2024-12; returns it. */
  public static Path write(Path file, int papers) throws IOException {
    Random random = new Random(20261202L);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < papers; i++) {
        int month = (int) ((long) i * 24 / papers);
        int field = field(random, month);
        int second = random.nextDouble() < 0.3 ? random.nextInt(FIELDS.length) : -1;
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 45 + random.nextInt(30); w++) {
          double r = random.nextDouble();
          String[] words = second >= 0 && r < 0.3 ? FIELDS[second] : FIELDS[field];
          text.append(r > 0.75 ? COMMON[random.nextInt(COMMON.length)] : words[random.nextInt(words.length)])
              .append(i % 97 == 0 && w == 3 ? " <b>&amp;</b> \\\"quoted\\\" " : " ");
        }
        String title = String.format(Locale.ROOT, "%s and %s: study %d", capital(pick(random, FIELDS[field])),
            pick(random, FIELDS[second >= 0 ? second : field]), i);
        out.write(String.format(Locale.ROOT, "{\"id\": \"%02d%02d.%05d\", \"title\": \"%s\", \"abstract\": \"%s\", "
            + "\"update_date\": \"%d-%02d-%02d\"}%n", 23 + month / 12, month % 12 + 1, i, title, text.toString()
            .strip(), 2023 + month / 12, month % 12 + 1, 1 + i % 28));
      }
    }
    return file;
  }

  /** A paper's main field: the first grows from 4% to 30% of papers over the two years, the second shrinks. */
  private static int field(Random random, int month) {
    double rising = 0.04 + 0.26 * month / 23.0;
    double falling = 0.2 - 0.15 * month / 23.0;
    double r = random.nextDouble();
    if (r < rising) {
      return 0;
    }
    if (r < rising + falling) {
      return 1;
    }
    return 2 + random.nextInt(FIELDS.length - 2);
  }

  private static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
