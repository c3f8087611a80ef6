package dev.landscape.inference;

import dev.landscape.concurrent.Futures;
import dev.landscape.corpus.Paper;
import dev.landscape.corpus.PaperStream;
import dev.landscape.corpus.ReadOptions;
import dev.landscape.corpus.ReadStats;
import dev.landscape.model.ModelFiles;
import dev.landscape.model.SavedModel;
import dev.landscape.output.CsvCells;
import dev.landscape.output.InferenceProvenance;
import dev.landscape.output.InferenceTarget;
import dev.landscape.output.InferredAssignments;
import dev.landscape.output.RunManifest;
import dev.landscape.output.Versions;
import dev.landscape.progress.Progress;
import dev.landscape.themes.MemberTerms;
import dev.landscape.topics.MalletInferencer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * {@code landscape infer}: places new papers on a saved landscape. Papers stream through in batches: the reading
 * thread keeps a few batches in flight while a pool prepares and samples them, and rows are written in input order
 * as batches complete, so memory stays bounded whatever the input size. Each paper's sampling is seeded by the model
 * seed and its id, so results do not depend on the number of threads.
 */
public final class Inference {
  private static final int BATCH = 256;

  private final Progress progress;

  public Inference(Progress progress) {
    this.progress = progress;
  }

  /**
   * What to infer.
   *
   * @param files what is read and written
   * @param read how to read the input
   * @param sampling how each paper is sampled
   * @param rawCsv write corpus text as it is, not neutralized for spreadsheets
   * @param command the arguments as given, for the provenance
   */
  public record Config(Files files, ReadOptions read, Sampling sampling, boolean rawCsv, List<String> command) {}

  /**
   * What infer reads and writes.
   *
   * @param model the model folder (a report's model/)
   * @param input the papers, in any format {@code landscape run} reads
   * @param out the table to write, or null for {@code stdout}
   * @param docTopics the table of every paper's full topic distribution to write too ({@code --doc-topics}), or null
   * @param themeTerms the table of the words of the named themes' member papers to write too ({@code
   *     --theme-terms}), or null
   */
  public record Files(Path model, Path input, Path out, Path docTopics, Path themeTerms) {
    /** Without a topic distribution or term table. */
    public Files(Path model, Path input, Path out) {
      this(model, input, out, null, null);
    }
  }

  /**
   * How each paper is sampled.
   *
   * @param iterations Gibbs sweeps per paper; burnIn and thinning as MALLET's InferTopics names them
   * @param threads papers sampled at once
   */
  public record Sampling(int iterations, int burnIn, int thinning, int threads) {
    /** MALLET's InferTopics defaults (100 iterations, burn-in 10, thinning 10) on {@code threads} threads. */
    public static Sampling defaults(int threads) {
      MalletInferencer.Settings mallet = MalletInferencer.Settings.defaults(0);
      return new Sampling(mallet.iterations(), mallet.burnIn(), mallet.thinning(), threads);
    }
  }

  /**
   * What happened.
   *
   * @param papers papers written
   * @param unassignable of those, papers with no word the model knows
   * @param read what reading the input found
   * @param loadMillis time to load and check the model
   * @param inferMillis time to read, prepare, sample and write the papers
   * @param provenance the NAME.run.json written beside the table, or null (standard output, a device or a pipe)
   */
  public record Result(long papers, long unassignable, ReadStats read, long loadMillis, long inferMillis,
      Path provenance) {
    public double papersPerSecond() {
      return inferMillis == 0 ? 0 : papers * 1000.0 / inferMillis;
    }
  }

  public Result run(Config config, Writer stdout) {
    String startedAt = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    long start = System.nanoTime();
    Files files = config.files();
    InferenceTarget target = files.out() == null ? null
        : InferenceTarget.check(files.out(), files.input(), files.model());
    InferenceTarget docTopicsTarget = files.docTopics() == null ? null
        : InferenceTarget.checkAlso("--doc-topics", files.docTopics(), files.out(), files.input(), files.model(),
            files.themeTerms());
    InferenceTarget themeTermsTarget = files.themeTerms() == null ? null
        : InferenceTarget.checkAlso("--theme-terms", files.themeTerms(), files.out(), files.input(), files.model(),
            files.docTopics());
    SavedModel model = ModelFiles.read(files.model());
    Sampling sampling = config.sampling();
    MalletInferencer inferencer = PaperPlacer.inferencer(model, new MalletInferencer.Settings(sampling.iterations(),
        sampling.burnIn(), sampling.thinning(), model.seed()));
    long loaded = System.nanoTime();
    ExecutorService pool = Futures.pool(sampling.threads(), "infer");
    ThreadLocal<Worker> workers = ThreadLocal.withInitial(
        () -> new Worker(new PaperPlacer(model, inferencer.sampler())));
    CsvCells cells = CsvCells.of(config.rawCsv());
    long papers = 0;
    long unassignable = 0;
    ReadStats stats;
    try (PaperStream stream = PaperStream.open(config.files().input(), config.read());
        InferredAssignments table = target == null ? InferredAssignments.to(model, cells, stdout)
            : target.stream() ? InferredAssignments.toDevice(model, cells, target.table())
            : InferredAssignments.toFile(model, cells, target.table());
        InferredAssignments docTopics = docTopicsTarget == null ? null
            : InferredAssignments.docTopics(model, cells, docTopicsTarget);
        InferredAssignments themeTerms = themeTermsTarget == null ? null
            : InferredAssignments.themeTerms(model, cells, themeTermsTarget);
        Progress.Task task = stream.size() > 0 ? progress.start("Inferring", stream.size(), Progress.BYTES)
            : progress.start("Inferring", -1, "papers")) {
      int topics = model.topics().topicCount();
      MemberTerms terms = themeTerms == null ? null : PaperPlacer.termCounts(model);
      ArrayDeque<Future<List<PaperPlacer.Placed>>> inFlight = new ArrayDeque<>();
      List<Paper> batch = stream.nextBatch(BATCH);
      while (!batch.isEmpty() || !inFlight.isEmpty()) {
        while (!batch.isEmpty() && inFlight.size() <= config.sampling().threads()) {
          List<Paper> papersOfBatch = batch;
          inFlight.add(pool.submit(() -> workers.get().place(papersOfBatch)));
          batch = stream.nextBatch(BATCH);
        }
        for (PaperPlacer.Placed placed : Futures.await(inFlight.poll(), "inferring topics")) {
          table.write(placed.assigned() ? table.assigned(placed.info(), placed.tokens(), placed.proportions(),
              placed.themes()) : table.unassignable(placed.info()));
          if (docTopics != null) {
            docTopics.write(docTopics.docTopicsRow(placed.info(), placed.proportions(), topics));
          }
          if (terms != null) {
            placed.countTerms(terms);
          }
          papers++;
          if (!placed.assigned()) {
            unassignable++;
          }
        }
        task.stepTo(stream.size() > 0 ? Math.min(stream.size(), stream.bytesRead()) : papers);
        task.message(dev.landscape.progress.Counts.of(papers, "paper"));
      }
      if (stream.size() > 0) {
        task.stepTo(stream.size());
      }
      table.commit();
      if (docTopics != null) {
        docTopics.commit();
      }
      if (themeTerms != null) {
        themeTerms.writeThemeTerms(terms, model.text().vocabulary(), cells);
        themeTerms.commit();
      }
      stats = stream.stats();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdownNow();
    }
    long done = System.nanoTime();
    Path provenance = target == null || target.stream() ? null : InferenceProvenance.fileFor(target.table());
    Result result = new Result(papers, unassignable, stats, (loaded - start) / 1_000_000, (done - loaded) / 1_000_000,
        provenance);
    if (provenance != null) {
      writeProvenance(config, model, startedAt, result);
    }
    return result;
  }

  /** NAME.run.json beside the table: what produced it. */
  private static void writeProvenance(Config config, SavedModel model, String startedAt, Result result) {
    InferenceProvenance.Model about = new InferenceProvenance.Model(config.files().model().toString(),
        model.descriptionSha256(), model.about().landscapeVersion(), model.about().corpus(),
        model.topics().topicCount(), model.themes().size(), model.topics().vocabularySize(), model.seed());
    Inference.Sampling sampling = config.sampling();
    InferenceProvenance.Parameters settings = new InferenceProvenance.Parameters(sampling.iterations(),
        sampling.burnIn(), sampling.thinning(), model.seed(), sampling.threads(), config.rawCsv(),
        config.read().format().key(), config.read().policy().name().toLowerCase(java.util.Locale.ROOT));
    Map<String, Long> timings = new LinkedHashMap<>();
    timings.put("load_model", result.loadMillis());
    timings.put("infer", result.inferMillis());
    new InferenceProvenance(
        new RunManifest.Origin(InferenceProvenance.TOOL, Versions.landscape(), config.command(), startedAt),
        RunManifest.Input.of(result.read()), about, settings,
        InferenceProvenance.Counts.of(result.read(), result.papers(), result.unassignable()), timings, Versions.all(),
        InferenceProvenance.Written.of(config.files().out(), config.files().docTopics(), config.files().themeTerms()))
        .write(config.files().out());
  }

  /** One pool thread's placer. */
  private record Worker(PaperPlacer placer) {
    List<PaperPlacer.Placed> place(List<Paper> papers) {
      List<PaperPlacer.Placed> placed = new ArrayList<>(papers.size());
      for (Paper paper : papers) {
        placed.add(placer.place(paper));
      }
      return placed;
    }
  }
}
