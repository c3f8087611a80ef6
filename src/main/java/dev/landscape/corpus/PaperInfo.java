package dev.landscape.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything about a paper except its abstract: what outputs need after the text has been tokenized.
 *
 * @param id the arXiv id without version suffix (or the corpus's own id when it is not an arXiv id)
 * @param title the title, empty when the corpus has none
 * @param categories arXiv categories, primary first; empty when unknown
 * @param date the submission date; the first of the month when {@code precision} is {@link DatePrecision#MONTH};
 *     {@code null} when {@link DatePrecision#NONE}
 * @param precision how much of {@code date} is known
 */
public record PaperInfo(
    String id, String title, List<String> categories, LocalDate date, DatePrecision precision) {
  public PaperInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    categories = List.copyOf(categories);
    Objects.requireNonNull(precision, "precision");
    if ((date == null) != (precision == DatePrecision.NONE)) {
      throw new IllegalArgumentException("date " + date + " does not fit precision " + precision);
    }
  }

  /** The date as ISO text at its precision ({@code 2024-01-05} or {@code 2021-12}), empty when unknown. */
  public String dateText() {
    return switch (precision) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case NONE -> "";
    };
  }
}
