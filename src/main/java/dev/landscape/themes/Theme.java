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
 * @param terms its most relevant terms and their counts
 * @param seeds for a named theme, what its seeds matched in the corpus ({@link Seeds#NONE} for others)
 */
public record Theme(int id, String name, Kind kind, String description, String parent, int[] topics, Terms terms,
    Seeds seeds) {
  public Theme {
    topics = topics.clone();
  }

  @Override
  public int[] topics() {
    return topics.clone();
  }

  /**
   * A theme's most relevant terms.
   *
   * @param top display forms: for a named theme those of its member papers against the corpus, for others those of
   *     its topics together (LDAvis relevance, lambda 0.6)
   * @param counts for each of {@code top}, its tokens in the member papers or in the topics
   */
  public record Terms(List<String> top, List<Long> counts) {
    public Terms {
      top = List.copyOf(top);
      counts = List.copyOf(counts);
    }
  }

  /**
   * What a named theme's seeds matched.
   *
   * @param matched the corpus terms its seeds matched (display forms)
   * @param missing the seeds that matched no term of the corpus
   */
  public record Seeds(List<String> matched, List<String> missing) {
    /** No seeds: an automatic theme, or Other. */
    public static final Seeds NONE = new Seeds(List.of(), List.of());

    public Seeds {
      matched = List.copyOf(matched);
      missing = List.copyOf(missing);
    }
  }

  /** This theme with other terms (a named theme's, counted in its member papers). */
  public Theme withTerms(Terms other) {
    return new Theme(id, name, kind, description, parent, topics, other, seeds);
  }

  public List<String> topTerms() {
    return terms.top();
  }

  public List<Long> topTermCounts() {
    return terms.counts();
  }

  public List<String> seedTerms() {
    return seeds.matched();
  }

  public List<String> missingSeeds() {
    return seeds.missing();
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
