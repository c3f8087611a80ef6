package dev.landscape.themes;

import java.util.List;

/**
 * One theme as a user wrote it in the themes file.
 *
 * @param name what the theme is called in every output ({@code Parameter-efficient fine-tuning})
 * @param description one line saying what belongs in it
 * @param seeds words or phrases that mark it ({@code lora}, {@code prefix tuning}); matched to the corpus's
 *     vocabulary case-, hyphen- and plural-insensitively, a phrase also inside longer phrases
 * @param parent an optional broader grouping ({@code Training}); null when none
 * @param formerNames the names this theme had in the run a report was made from ({@code was:} in the file): for
 *     {@code landscape report --from}, a renamed theme keeps its seeded topic, and two themes become one
 * @param topics topics the user put in this theme ({@code topics:}), whatever their words say; only meaningful for
 *     a model already trained ({@code landscape report --from}), whose topics have fixed numbers
 */
public record ThemeSpec(String name, String description, List<String> seeds, String parent,
    List<String> formerNames, List<Integer> topics) {
  public ThemeSpec {
    seeds = List.copyOf(seeds);
    description = description == null ? "" : description;
    formerNames = List.copyOf(formerNames);
    topics = List.copyOf(topics);
  }

  /** A theme with no former names and no topics of the user's. */
  public ThemeSpec(String name, String description, List<String> seeds, String parent) {
    this(name, description, seeds, parent, List.of(), List.of());
  }

  /** Whether this theme is, or takes over, the theme called {@code earlier} in an earlier run. */
  public boolean answersTo(String earlier) {
    return earlier != null && (name.equalsIgnoreCase(earlier)
        || formerNames.stream().anyMatch(n -> n.equalsIgnoreCase(earlier)));
  }
}
