package dev.landscape.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code k} strongest papers seen: highest score first, of equal scores the smaller id. A total order, so the
 * papers kept do not depend on the order they were offered in or on how the offers were split and merged.
 */
public final class StrongestPapers implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A paper kept: its score, id and title. */
  public record Paper(double score, String id, String title) implements Serializable {}

  private static final Comparator<Paper> WEAKEST_FIRST = Comparator.comparingDouble(Paper::score)
      .thenComparing(Paper::id, Comparator.reverseOrder());

  private final int k;
  /** Strongest first; a plain list (k is a handful) so that the totals serialize for Spark without a comparator. */
  private final ArrayList<Paper> kept = new ArrayList<>();

  public StrongestPapers(int k) {
    this.k = k;
  }

  public void offer(double score, String id, String title) {
    offer(new Paper(score, id, title));
  }

  private void offer(Paper paper) {
    int at = 0;
    while (at < kept.size() && WEAKEST_FIRST.compare(kept.get(at), paper) > 0) {
      at++;
    }
    if (at < k) {
      kept.add(at, paper);
      if (kept.size() > k) {
        kept.remove(k);
      }
    }
  }

  /** Adds the papers {@code other} kept. */
  public void merge(StrongestPapers other) {
    other.kept.forEach(this::offer);
  }

  /** The papers kept, strongest first. */
  public List<Paper> papers() {
    return List.copyOf(kept);
  }
}
