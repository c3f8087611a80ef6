package dev.landscape.pipeline;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.corpus.ReadStats;
import dev.landscape.io.InputException;
import dev.landscape.model.TrainingState;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.topics.TopicModel;
import java.nio.file.Path;
import java.util.List;

/**
 * What a prepared corpus must be before the stages after it run: something to model, and for {@code report --from},
 * the very papers the saved model was trained on.
 */
final class CorpusChecks {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CorpusChecks.class);

  private CorpusChecks() {}

  /** Refuses a corpus with nothing to model. */
  static void usable(PreparedCorpus corpus) {
    ReadStats read = corpus.readStats();
    if (corpus.papers().isEmpty()) {
      throw new InputException(read.file() + ": no usable papers (" + read.records() + " records, "
          + read.dropped() + " skipped, " + corpus.emptyPapers().size() + " with no words left after preprocessing)");
    }
    double unspaced = UnspacedScripts.share(corpus.report().vocabulary());
    if (unspaced >= UnspacedScripts.WARN_SHARE) {
      LOG.warn(String.format(java.util.Locale.ROOT, "%.0f%% of the "
          + "corpus's words are in a script written without spaces (Chinese, Japanese, Thai, ...): landscape does "
          + "not segment them, so each run of such characters is one word, and topics and themes built on them say "
          + "little (docs/input.md)", 100 * unspaced));
    }
  }

  /** Refuses a corpus that is not, paper for paper and token for token, the one the saved model was trained on. */
  static void trainedOn(PreparedCorpus corpus, TrainingState state, Path from) {
    TopicModel model = state.model();
    List<String> ids = corpus.papers().stream().map(PaperInfo::id).toList();
    String differs = null;
    if (!corpus.readStats().sha256().equals(state.corpusSha256())) {
      differs = "its SHA-256 differs from the file trained on";
    } else if (corpus.vocabulary().size() != model.vocabularySize()) {
      differs = "prepared again it has " + corpus.vocabulary().size() + " word types, the model "
          + model.vocabularySize();
    } else if (!ids.equals(state.paperIds())) {
      int trained = state.paperIds().size();
      differs = "it has " + ids.size() + " papers, the model " + trained
          + (ids.size() == trained ? " (other papers or another order)" : "");
    } else {
      for (int d = 0; d < ids.size() && differs == null; d++) {
        if (corpus.tokens().tokens(d).length != model.docLength(d)) {
          differs = "paper " + ids.get(d) + " has " + corpus.tokens().tokens(d).length + " tokens, the model "
              + model.docLength(d);
        }
      }
    }
    if (differs != null) {
      throw new InputException(corpus.readStats().file() + ": not the corpus " + from + " was trained on ("
          + differs + "); give the run's input with --input (a report of an earlier version keeps no copy of its "
          + "papers), or run again");
    }
  }
}
