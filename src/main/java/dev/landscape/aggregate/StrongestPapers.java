package dev.landscape.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

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
  private final PriorityQueue<Paper> kept = new PriorityQueue<>(WEAKEST_FIRST);

  public StrongestPapers(int k) {
    this.k = k;
  }

  public void offer(double score, String id, String title) {
    offer(new Paper(score, id, title));
  }

  private void offer(Paper paper) {
    if (kept.size() < k) {
      kept.add(paper);
    } else if (WEAKEST_FIRST.compare(paper, kept.peek()) > 0) {
      kept.poll();
      kept.add(paper);
    }
  }

  /** Adds the papers {@code other} kept. */
  public void merge(StrongestPapers other) {
    other.kept.forEach(this::offer);
  }

  /** The papers kept, strongest first. */
  public List<Paper> papers() {
    List<Paper> papers = new ArrayList<>(kept);
    papers.sort(WEAKEST_FIRST.reversed());
    return papers;
  }
}
