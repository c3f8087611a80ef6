package dev.landscape.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word types and their ids, in order of first occurrence in the corpus. Built by one thread in corpus order, so
 * the ids are the same whatever the number of threads that tokenized.
 */
public final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();

  /** The id of {@code word}, added if new. */
  int idOf(String word) {
    Integer id = ids.get(word);
    if (id == null) {
      id = words.size();
      ids.put(word, id);
      words.add(word);
    }
    return id;
  }

  /** The word with this id. */
  public String word(int id) {
    return words.get(id);
  }

  /** The id of {@code word}, or -1 when it is not in the vocabulary. */
  public int find(String word) {
    return ids.getOrDefault(word, -1);
  }

  public int size() {
    return words.size();
  }

  /** All words, by id. */
  public List<String> words() {
    return List.copyOf(words);
  }
}
