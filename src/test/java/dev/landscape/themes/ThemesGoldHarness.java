package dev.landscape.themes;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.corpus.PaperStream;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.progress.Progress;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.text.TextOptions;
import dev.landscape.text.TextPreparer;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Not a test: the named themes' membership of a corpus's papers without a topic model, for bench/themes-vs-gold.sh
 * (a learned theme's membership reads the papers' words and seeds only; the topics add little). Writes the rows of
 * the labelled papers in topic-assignments.csv's columns, and prints each stage's time.
 *
 * <p>Usage: {@code ThemesGoldHarness CORPUS THEMES.yaml LABELS.csv OUT.csv}.
 */
public final class ThemesGoldHarness {
  private ThemesGoldHarness() {}

  private static void write(Path file, PreparedCorpus corpus, Set<String> labelled, List<ThemeSpec> specs,
      java.util.function.IntFunction<List<Integer>> themesOf) throws java.io.IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord("id", "theme", "second_theme", "second_theme_weight", "themes");
      for (int d = 0; d < corpus.papers().size(); d++) {
        String id = corpus.papers().get(d).id();
        if (labelled.contains(id)) {
          List<String> names = themesOf.apply(d).stream().map(t -> specs.get(t).name()).toList();
          csv.printRecord(id, names.isEmpty() ? "" : names.get(0), "", 0, String.join("; ", names));
        }
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Path corpusFile = Path.of(args[0]);
    List<ThemeSpec> specs = ThemeFile.load(Path.of(args[1]));
    Set<String> labelled = new HashSet<>();
    for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8).stream().skip(1).toList()) {
      labelled.add(line.split(",", 2)[0]);
    }
    long t0 = System.nanoTime();
    ThemeOptions options = new ThemeOptions(specs, args[1], 0.9);
    SeedEvidence.Scanner scanner = SeedEvidence.scanner(new SeedMatcher(specs));
    PreparedCorpus corpus;
    try (PaperStream stream = PaperStream.open(corpusFile, ReadOptions.defaults())) {
      corpus = new TextPreparer(TextOptions.defaults(2).withSeedPhrases(options.seedPhrases()))
          .prepare(stream, Progress.NONE, scanner);
    }
    long t1 = System.nanoTime();
    SeedIndex seeds = SeedIndex.build(specs, corpus.vocabulary(), scanner.papersWithSeed());
    SeedEvidence evidence = SeedEvidence.of(corpus.scans(), specs.size());
    long t2 = System.nanoTime();
    ThemeRule.Fitted fitted = ThemeRule.fitted(corpus, seeds, 0, 2);
    long t3 = System.nanoTime();
    Membership m = fitted.rule().placeAll(corpus, fitted.rows(), null, (d, w) -> { }, specs.size() + 1, specs.size());
    long t4 = System.nanoTime();
    write(Path.of(args[3] + "-rule.csv"), corpus, labelled, specs, d -> m.of(d));
    write(Path.of(args[3] + "-carriers.csv"), corpus, labelled, specs, d -> {
      List<Integer> themes = new java.util.ArrayList<>();
      for (int t = 0; t < specs.size(); t++) {
        if (evidence.carries(d, t)) {
          themes.add(t);
        }
      }
      themes.sort((a, b) -> evidence.strength(d, b) != evidence.strength(d, a)
          ? evidence.strength(d, b) - evidence.strength(d, a) : a - b);
      return themes;
    });
    System.err.printf(Locale.ROOT, "prepare %.1f s, fit %.1f s, place %.1f s%n", (t1 - t0) / 1e9, (t3 - t2) / 1e9,
        (t4 - t3) / 1e9);
    for (int t = 0; t < specs.size(); t++) {
      System.err.printf(Locale.ROOT, "  %-45s strong %6d members %6d candidates %6d%n", specs.get(t).name(),
          m.strongPapers(t), m.members(t), m.candidates(t));
    }
    double[] cuts = fitted.rule().cut();
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[3] + ".dump.tsv"), StandardCharsets.UTF_8)) {
      out.write("id\ttheme\ttitle\tabstract\tsolo\tscore\tcut\tmember\tclean\tclean_cut\n");
      for (int d = 0; d < corpus.papers().size(); d++) {
        String id = corpus.papers().get(d).id();
        if (!labelled.contains(id)) {
          continue;
        }
        for (int t = 0; t < specs.size(); t++) {
          int solo = evidence.soloSeed(d, t);
          out.write(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%s\t%.5f\t%.5f\t%d\t%.5f\t%.5f%n", id, t,
              evidence.inTitle(d, t), evidence.inAbstract(d, t), solo < 0 ? "" : specs.get(t).seeds().get(solo),
              m.score(d, t), cuts[t], m.member(d, t) ? 1 : 0, 0.0, 1.0));
        }
      }
    }
    // Per seed: papers naming it, papers it alone brings in (carriers whose only seed of the theme it is), and the
    // mean score of those against the theme's other carriers.
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[3] + ".seeds.tsv"), StandardCharsets.UTF_8)) {
      out.write("theme\tseed\tpapers\tsolo_carriers\tsolo_mean_score\tother_carriers_mean_score\n");
      for (int t = 0; t < specs.size(); t++) {
        int n = specs.get(t).seeds().size();
        double[] soloSum = new double[n];
        int[] soloN = new int[n];
        double otherSum = 0;
        int otherN = 0;
        for (int d = 0; d < corpus.papers().size(); d++) {
          if (!evidence.carries(d, t)) {
            continue;
          }
          int solo = evidence.soloSeed(d, t);
          if (solo >= 0) {
            soloSum[solo] += m.score(d, t);
            soloN[solo]++;
          } else {
            otherSum += m.score(d, t);
            otherN++;
          }
        }
        for (int i = 0; i < n; i++) {
          out.write(String.format(Locale.ROOT, "%d\t%s\t%d\t%d\t%.3f\t%.3f%n", t, specs.get(t).seeds().get(i),
              seeds.papersWithSeed(t, i), soloN[i], soloN[i] == 0 ? 0 : soloSum[i] / soloN[i],
              otherN == 0 ? 0 : otherSum / otherN));
        }
      }
    }
  }
}
