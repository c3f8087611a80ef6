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
 */
public record ThemeSpec(String name, String description, List<String> seeds, String parent) {
  public ThemeSpec {
    seeds = List.copyOf(seeds);
    description = description == null ? "" : description;
  }
}
