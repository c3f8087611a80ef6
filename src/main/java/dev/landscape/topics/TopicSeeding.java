package dev.landscape.topics;

import java.util.Arrays;

/**
 * Guidance for the sampler's starting point: tokens of a seed term start in that term's topic with probability
 * {@code confidence}, every other token (and the rest of the seed tokens) in a uniformly random topic, as MALLET
 * would start them. Gibbs sampling then moves tokens freely; the seeds only decide which basin it starts in, which
 * is enough for words that really co-occur and harmless for words that do not. Topics no term points to stay free.
 *
 * @param topicOfTerm for each vocabulary id, the topic its tokens should start in, or -1
 * @param confidence the probability that a seed token starts in its topic, in [0, 1]; 0 turns seeding off
 */
public record TopicSeeding(int[] topicOfTerm, double confidence) {
  /** No guidance: MALLET's own random start. */
  public static final TopicSeeding NONE = new TopicSeeding(new int[0], 0);

  public TopicSeeding {
    topicOfTerm = topicOfTerm.clone();
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("--seed-confidence must be between 0 and 1, found " + confidence);
    }
  }

  /** The starting topic of term {@code w}, or -1. */
  int topicOf(int w) {
    return w < topicOfTerm.length ? topicOfTerm[w] : -1;
  }

  public boolean isActive() {
    return confidence > 0 && Arrays.stream(topicOfTerm).anyMatch(k -> k >= 0);
  }
}
