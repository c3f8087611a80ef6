package dev.landscape.quality;

import java.util.List;

/**
 * How good one topic is, for topics.csv and the report.
 *
 * @param topic the topic number
 * @param coherence c_npmi, u_mass, c_uci and c_v of its top 10 words over the modelled papers
 * @param exclusivity mean over its top 10 words of the word's share under this topic against all topics (MALLET's
 *     diagnostic): near 1, the words belong to this topic only; near 1/K, every topic uses them
 * @param effectiveWords 1 / sum of squared word probabilities: how many words the topic really spreads over
 * @param flags short codes of what is wrong ({@code low_coherence}, {@code few_papers}, {@code boilerplate})
 * @param reasons the same, as sentences with the numbers that tripped them
 */
public record TopicQuality(
    int topic,
    Coherence.Scores coherence,
    double exclusivity,
    double effectiveWords,
    List<String> flags,
    List<String> reasons) {
  public TopicQuality {
    flags = List.copyOf(flags);
    reasons = List.copyOf(reasons);
  }
}
