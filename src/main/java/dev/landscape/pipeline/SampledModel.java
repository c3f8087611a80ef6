package dev.landscape.pipeline;

import dev.landscape.inference.CorpusPlacement;
import dev.landscape.progress.Progress;
import dev.landscape.text.PreparedCorpus;
import dev.landscape.themes.LearnedThemes;
import dev.landscape.themes.SeedIndex;
import dev.landscape.themes.ThemeResult;
import dev.landscape.topics.LdaParams;
import dev.landscape.topics.TopicModel;

/**
 * A model trained on a sample of the corpus ({@code --train-sample}), with every paper of the corpus placed on it
 * the way {@code landscape infer} places a paper on a saved model: topic proportions from the inferencer, and the
 * named themes from what was learned of them on the sample. The stages after training then run on it as on a
 * trained model, so every output describes the whole corpus, and the saved model gives each paper the row it has.
 *
 * @param model the corpus placed on the trained topics
 * @param reuse the themes learned on the sample and each paper's membership under them, or null without named
 *     themes
 */
record SampledModel(TopicModel model, ThemeResult.Reuse reuse) {
  static SampledModel place(TopicModel trained, PreparedCorpus training, PreparedCorpus corpus, SeedIndex seeds,
      LdaParams lda, Progress progress) {
    // The themes are learned on the papers the topics were trained on, as a run on the sample alone learns them.
    LearnedThemes learning = seeds == null ? null : ThemeResult.learn(trained, training, seeds, lda.threads());
    TopicModel placed = CorpusPlacement.place(trained, corpus, lda.seed(), lda.threads(), progress);
    return new SampledModel(placed, learning == null ? null
        : new ThemeResult.Reuse(learning.learnedMembership(corpus, placed), learning));
  }
}
