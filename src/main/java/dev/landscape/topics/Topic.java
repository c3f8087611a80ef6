package dev.landscape.topics;

import java.util.List;

/**
 * A topic as users read it.
 *
 * @param id the topic number, from 0
 * @param label its top words, joined, for tables and charts
 * @param topWords the most probable words, most probable first
 * @param tokenShare the share of all tokens assigned to the topic
 * @param alpha its document-topic prior; larger means the topic is spread over more papers
 * @param dominantPapers papers whose largest topic this is
 */
public record Topic(int id, String label, List<WordWeight> topWords, double tokenShare, double alpha,
    int dominantPapers) {
  public Topic {
    topWords = List.copyOf(topWords);
  }
}
