package dev.landscape.text;

import dev.landscape.corpus.PaperStream;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.progress.Progress;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark, not a test (run by {@code bench/preparation-warmup.sh}): how much of preparing a corpus is the JVM
 * compiling our code? Prepares the same corpus several times in one JVM, as {@code landscape run} does once, and
 * prints per round the wall time, the process CPU time and the JIT compilers' time. The first round is what a run
 * pays; the later ones show the same work with the code already compiled.
 *
 * <p>Arguments: CORPUS [ROUNDS=6] [THREADS=2]
 */
public final class PreparationWarmupBench {
  private PreparationWarmupBench() {}

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    System.out.printf(Locale.ROOT, "%-6s %8s %8s %14s  %s%n", "round", "wall s", "cpu s", "compiling s", "steps (s)");
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      long compiling = jit.getTotalCompilationTime();
      PreparedCorpus prepared;
      try (PaperStream papers = PaperStream.open(input, ReadOptions.defaults().withParseThreads(threads))) {
        prepared = new TextPreparer(TextOptions.defaults(threads)).prepare(papers, Progress.NONE);
      }
      StringBuilder steps = new StringBuilder();
      prepared.report().millis().forEach((step, ms) ->
          steps.append(String.format(Locale.ROOT, "%s %.1f  ", step, ms / 1000.0)));
      System.out.printf(Locale.ROOT, "%-6d %8.2f %8.2f %14.2f  %s%n", round, (System.nanoTime() - start) / 1e9,
          (os.getProcessCpuTime() - cpu) / 1e9, (jit.getTotalCompilationTime() - compiling) / 1000.0,
          steps.toString().strip());
    }
  }
}
