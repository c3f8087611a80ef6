package dev.landscape.topics;

/**
 * A word and its probability under a topic.
 *
 * @param word the word (display form)
 * @param weight its smoothed probability under the topic
 * @param count tokens of the word assigned to the topic
 */
public record WordWeight(String word, double weight, int count) {}
