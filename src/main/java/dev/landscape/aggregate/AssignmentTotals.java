package dev.landscape.aggregate;

import dev.landscape.model.SavedModel;
import dev.landscape.output.CsvCells;
import dev.landscape.output.InferredAssignments;
import dev.landscape.themes.PaperThemes;
import dev.landscape.trends.MonthlySums;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the tables of a landscape need of its papers' assignment rows, summed: papers, each theme's members and
 * primary papers, per month the papers and each theme's members (for the trends), and each theme's strongest papers,
 * a bounded few. Built from rows in the columns of {@link InferredAssignments#HEADER}, the rows {@code landscape
 * infer} writes; totals of parts {@link #merge} into the totals of the whole, exactly (counts are whole numbers and
 * the strongest papers are chosen by a total order), so {@code landscape aggregate} over shards and the Spark job
 * over partitions give the same tables as one pass over every row. Nothing per paper is kept.
 */
public final class AssignmentTotals implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> themes;
  /** A theme's number by its name as a row may write it: as it is, or neutralized for spreadsheets. */
  private final Map<String, Integer> themeByName = new HashMap<>();
  private final long[] members;
  private final long[] primary;
  private final MonthlySums monthly;
  private final List<StrongestPapers> strongest = new ArrayList<>();
  private long assigned;
  private long unassignable;

  /** Empty totals over the themes of {@code model}. */
  public AssignmentTotals(SavedModel model) {
    this.themes = model.themes().stream().map(SavedModel.ThemeName::name).toList();
    for (int t = 0; t < themes.size(); t++) {
      themeByName.put(themes.get(t), t);
      themeByName.putIfAbsent(CsvCells.SAFE.text(themes.get(t)), t);
      strongest.add(new StrongestPapers(PaperThemes.REPRESENTATIVES));
    }
    this.members = new long[themes.size()];
    this.primary = new long[themes.size()];
    this.monthly = new MonthlySums(themes.size(), 0);
  }

  /**
   * Adds one row, its cells in the columns of {@link InferredAssignments#HEADER}.
   *
   * @throws IllegalArgumentException naming the cell when the row does not fit the model (a theme it does not have,
   *     a malformed date or number, too few cells)
   */
  public void add(List<String> row) {
    if (row.size() != InferredAssignments.HEADER.size()) {
      throw new IllegalArgumentException("expected " + InferredAssignments.HEADER.size() + " cells, found "
          + row.size());
    }
    String status = row.get(16);
    if (status.equals(InferredAssignments.UNASSIGNABLE)) {
      unassignable++;
      return;
    }
    if (!status.equals("assigned")) {
      throw new IllegalArgumentException("status is '" + status + "', not assigned or unassignable");
    }
    assigned++;
    int theme = theme(row.get(3));
    primary[theme]++;
    double[] belongs = new double[themes.size()];
    for (String name : row.get(4).split("; ", -1)) {
      if (!name.isEmpty()) {
        belongs[theme(name)] = 1;
      }
    }
    for (int t = 0; t < belongs.length; t++) {
      members[t] += (long) belongs[t];
    }
    monthly.add(date(row.get(2)), belongs, null);
    strongest.get(theme).offer(confidence(row.get(5)), row.get(0), row.get(1));
  }

  /** Adds everything {@code other} (totals over the same themes) holds into these; returns these. */
  public AssignmentTotals merge(AssignmentTotals other) {
    if (!other.themes.equals(themes)) {
      throw new IllegalArgumentException("totals over other themes cannot be merged (another model?)");
    }
    assigned += other.assigned;
    unassignable += other.unassignable;
    for (int t = 0; t < themes.size(); t++) {
      members[t] += other.members[t];
      primary[t] += other.primary[t];
      strongest.get(t).merge(other.strongest.get(t));
    }
    monthly.merge(other.monthly);
    return this;
  }

  public List<String> themes() {
    return themes;
  }

  /** Papers placed on the model. */
  public long assigned() {
    return assigned;
  }

  /** Papers with no word the model knows: counted, placed nowhere. */
  public long unassignable() {
    return unassignable;
  }

  /** Placed papers that belong to theme {@code t}. */
  public long members(int t) {
    return members[t];
  }

  /** Placed papers whose primary theme is {@code t}. */
  public long primary(int t) {
    return primary[t];
  }

  /** The share of the placed papers that belong to theme {@code t}. */
  public double share(int t) {
    return assigned == 0 ? 0 : members[t] / (double) assigned;
  }

  /** The papers placed in theme {@code t} most surely (highest theme confidence; ties: smaller id), strongest first. */
  public List<StrongestPapers.Paper> strongest(int t) {
    return strongest.get(t).papers();
  }

  /** Per month, the placed papers and each theme's members: what the trends are computed from. */
  public MonthlySums monthly() {
    return monthly;
  }

  private int theme(String name) {
    Integer t = themeByName.get(name);
    if (t == null) {
      throw new IllegalArgumentException("theme '" + name + "' is not a theme of the model");
    }
    return t;
  }

  private static LocalDate date(String text) {
    try {
      return text.isEmpty() ? null : text.length() == 7 ? LocalDate.parse(text + "-01") : LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("date '" + text + "' is not YYYY-MM-DD or YYYY-MM");
    }
  }

  private static double confidence(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("theme_confidence '" + text + "' is not a number");
    }
  }
}
