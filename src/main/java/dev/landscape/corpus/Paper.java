package dev.landscape.corpus;

import java.util.Objects;

/**
 * One accepted record of a corpus.
 *
 * @param info id, title, categories and date
 * @param abstractText the abstract as it appears in the input (not yet normalized)
 */
public record Paper(PaperInfo info, String abstractText) {
  public Paper {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(abstractText, "abstractText");
  }

  /** The text the model reads: the title, when there is one, then the abstract. */
  public String modelText() {
    String title = info.title();
    return title.isBlank() ? abstractText : title + ". " + abstractText;
  }
}
