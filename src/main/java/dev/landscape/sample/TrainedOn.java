package dev.landscape.sample;

import java.util.BitSet;
import java.util.List;

/**
 * Which papers trained a run's model when a sample did ({@code --train-sample}); the other papers were placed on
 * it by inference.
 *
 * @param sample how the sample was drawn
 * @param seed the seed of the draw (the run's seed)
 * @param ids the papers trained on, in corpus order
 * @param papers the papers modelled in all
 * @param documents the papers trained on, by their position in the corpus
 */
public record TrainedOn(TrainingSample sample, int seed, List<String> ids, int papers, BitSet documents) {
  public TrainedOn {
    ids = List.copyOf(ids);
    documents = (BitSet) documents.clone();
    if (documents.cardinality() != ids.size()) {
      throw new IllegalArgumentException(ids.size() + " ids for " + documents.cardinality() + " documents");
    }
  }

  @Override
  public BitSet documents() {
    return (BitSet) documents.clone();
  }
}
