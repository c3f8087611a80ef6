package dev.landscape.model;

/**
 * What model.json records of the run that trained a model, beside the format, the counts and the checksums that
 * {@link ModelFiles#write} adds.
 *
 * @param landscapeVersion the version of landscape that trained it
 * @param malletVersion the MALLET that sampled it
 * @param corpus the corpus it was trained on
 * @param preparation the text settings, as resolved for that corpus
 * @param training the sampler's settings
 */
public record ModelProvenance(String landscapeVersion, String malletVersion, Corpus corpus, Preparation preparation,
    Training training) {
  /**
   * The corpus: its file's name (not its path: the same run from another folder, or through a link, writes the
   * same model), its SHA-256 and the papers modelled (placed on the model, trained or not).
   */
  public record Corpus(String file, String sha256, int papers) {}

  /** Text settings: phrases on or off, the NPMI bar and count a phrase needs, the document bounds on terms. */
  public record Preparation(boolean phrases, double phraseThreshold, int phraseMinCount, int minDocs, int maxDocs) {}

  /**
   * Sampler settings: iterations run, the prior's sum, hyperparameter optimisation, threads; and the papers the
   * topic-word counts were trained on: the corpus's, or fewer for a model trained on a sample ({@code
   * --train-sample}); 0 in models written before it was recorded.
   */
  public record Training(int iterations, double alphaSum, int optimizeInterval, int optimizeBurnIn, int threads,
      int papers) {}
}
