package dev.landscape.spark;

import dev.landscape.inference.PaperPlacer;
import dev.landscape.model.SavedModel;
import dev.landscape.output.CsvCells;
import dev.landscape.output.InferredAssignments;
import dev.landscape.themes.MemberTerms;
import dev.landscape.topics.MalletInferencer;
import java.io.Serializable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Places the papers of one partition on the broadcast model, one at a time, as {@code landscape infer} places them
 * ({@link PaperPlacer}, MALLET's inferencer with infer's default settings, each paper seeded by the model seed and
 * its id): a paper gets the same row whatever the partition, executor or machine. Each file's statistics pass
 * through unchanged.
 */
final class Placement {
  private static final ConcurrentHashMap<String, MalletInferencer> INFERENCERS = new ConcurrentHashMap<>();

  private Placement() {}

  /** What a placement task yields. */
  sealed interface Out extends Serializable permits Placed, Stats {}

  /**
   * A placed paper.
   *
   * @param duplicates papers of the same id dropped in its favour (read later, in this file or another)
   */
  record Placed(PlacedPaper paper, long duplicates) implements Out {}

  record Stats(FileStats stats) implements Out {}

  /** Papers of one id, the first read kept, with how many there were. */
  record Counted(CorpusReading.Item item, long count) implements Serializable {
    static Counted first(Counted a, Counted b) {
      CorpusReading.Item kept = a.item instanceof CorpusReading.PaperItem pa
          && b.item instanceof CorpusReading.PaperItem pb
          ? new CorpusReading.PaperItem(SparkPaper.first(pa.paper(), pb.paper())) : a.item;
      return new Counted(kept, a.count + b.count);
    }
  }

  /**
   * The partition's papers placed, in order; each placed paper's words are added to {@code terms} under the named
   * themes it belongs to, as {@code landscape infer --theme-terms} counts them.
   */
  static Iterator<Out> place(Iterator<Counted> items, ModelFolder folder, boolean rawCsv, MemberTerms terms) {
    SavedModel model = folder.load();
    MalletInferencer inferencer = INFERENCERS.computeIfAbsent(folder.fingerprint(),
        key -> PaperPlacer.inferencer(model, MalletInferencer.Settings.defaults(model.seed())));
    PaperPlacer placer = new PaperPlacer(model, inferencer.sampler());
    InferredAssignments.Rows raw = new InferredAssignments.Rows(model, CsvCells.RAW);
    InferredAssignments.Rows rows = rawCsv ? raw : new InferredAssignments.Rows(model, CsvCells.SAFE);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Out next() {
        if (!items.hasNext()) {
          throw new NoSuchElementException();
        }
        Counted counted = items.next();
        if (counted.item() instanceof CorpusReading.StatsItem stats) {
          return new Stats(stats.stats());
        }
        SparkPaper paper = ((CorpusReading.PaperItem) counted.item()).paper();
        PaperPlacer.Placed placed = placer.place(paper.paper());
        placed.countTerms(terms);
        return new Placed(PlacedPaper.of(placed, rows, raw, model), counted.count() - 1);
      }
    };
  }
}
