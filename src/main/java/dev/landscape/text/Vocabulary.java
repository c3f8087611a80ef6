package dev.landscape.text;

import java.util.List;

/**
 * The terms the model is trained on, by id: each with its key ({@code language_model}) and its display form
 * ({@code language model}, {@code LLMs}).
 */
public final class Vocabulary {
  private final List<String> keys;
  private final List<String> displays;

  Vocabulary(List<String> keys, List<String> displays) {
    if (keys.size() != displays.size()) {
      throw new IllegalArgumentException(keys.size() + " keys but " + displays.size() + " displays");
    }
    this.keys = List.copyOf(keys);
    this.displays = List.copyOf(displays);
  }

  /** The key of term {@code id}: what the model sees. */
  public String word(int id) {
    return keys.get(id);
  }

  /** How term {@code id} is shown to people. */
  public String display(int id) {
    return displays.get(id);
  }

  public int size() {
    return keys.size();
  }

  /** All keys, by id. */
  public List<String> words() {
    return keys;
  }
}
