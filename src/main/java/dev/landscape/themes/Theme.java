package dev.landscape.themes;

import java.util.List;

/**
 * A research theme of the landscape: one or more topics under one name.
 *
 * @param id the theme number, from 0: named themes in file order, then automatic ones by size, then Other
 * @param name the user's name, or for an automatic theme its most relevant terms
 * @param kind how it came about: {@link Kind#NAMED} from the themes file, {@link Kind#AUTO} from grouping topics
 *     that matched no named theme, {@link Kind#OTHER} for weak topics that matched nothing
 * @param description the user's one-line description; for automatic themes a note on how they were formed
 * @param parent the broader grouping from the themes file, or null
 * @param topics the topics that make it up, ascending (empty for a named theme this corpus does not show)
 * @param topTerms its most relevant terms, display forms: for a named theme those of its member papers against the
 *     corpus, for others those of its topics together (LDAvis relevance, lambda 0.6)
 * @param topTermCounts for each of {@code topTerms}, its tokens in the member papers or in the topics
 * @param seedTerms for a named theme, the corpus terms its seeds matched (display forms), else empty
 * @param missingSeeds for a named theme, the seeds that matched no term of the corpus
 */
public record Theme(int id, String name, Kind kind, String description, String parent, int[] topics,
    List<String> topTerms, List<Long> topTermCounts, List<String> seedTerms, List<String> missingSeeds) {
  public Theme {
    topics = topics.clone();
    topTerms = List.copyOf(topTerms);
    topTermCounts = List.copyOf(topTermCounts);
    seedTerms = List.copyOf(seedTerms);
    missingSeeds = List.copyOf(missingSeeds);
  }

  @Override
  public int[] topics() {
    return topics.clone();
  }

  /** How a theme came about. */
  public enum Kind {
    NAMED, AUTO, OTHER;

    /** The lower-case name used in the CSVs. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The kind written as {@code key}.
     *
     * @throws IllegalArgumentException when it is none
     */
    public static Kind of(String key) {
      for (Kind kind : values()) {
        if (kind.key().equals(key)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("'" + key + "' is not a theme kind (named, auto or other)");
    }
  }
}
