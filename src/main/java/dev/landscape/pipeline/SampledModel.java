package dev.landscape.pipeline;

import dev.landscape.inference.CorpusPlacement;
import dev.landscape.progress.Progress;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.topics.LdaParams;
import dev.landscape.topics.TopicModel;

/**
 * A model trained on a sample of the corpus ({@code --train-sample}), with every paper of the corpus placed on it
 * the way {@code landscape infer} places a paper on a saved model: topic proportions from the inferencer. The stages
 * after training then run on it as on a trained model, so every output describes the whole corpus, and the saved
 * model gives each paper the row it has. The named themes' rule reads words, not topics: it is fitted to the whole
 * corpus, as in a run trained on every paper, so a sample changes no paper's named themes.
 */
final class SampledModel {
  private SampledModel() {}

  /** Every paper of {@code corpus} placed on the topics {@code trained} learned from a sample of it. */
  static TopicModel place(TopicModel trained, PreparedCorpus corpus, LdaParams lda, Progress progress) {
    return CorpusPlacement.place(trained, corpus, lda.seed(), lda.threads(), progress);
  }
}
