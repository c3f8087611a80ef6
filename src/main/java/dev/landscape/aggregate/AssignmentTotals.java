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
  /** The assigned papers' tokens (words the model knows), to check term counts against. */
  private long tokens;

  /** Topics whose per-month sums are kept: the model's when the rows come with distributions, else 0. */
  private final int topics;

  /** Empty totals over the themes of {@code model}, without topic distributions. */
  public AssignmentTotals(SavedModel model) {
    this(model, false);
  }

  /**
   * Empty totals over the themes of {@code model}; with {@code distributions}, each row comes with the paper's
   * topic distribution as {@code landscape infer --doc-topics} writes it, and the topics' trends are summed too.
   */
  public AssignmentTotals(SavedModel model, boolean distributions) {
    this.topics = distributions ? model.topics().topicCount() : 0;
    this.themes = model.themes().stream().map(SavedModel.ThemeName::name).toList();
    for (int t = 0; t < themes.size(); t++) {
      themeByName.put(themes.get(t), t);
      themeByName.putIfAbsent(CsvCells.SAFE.text(themes.get(t)), t);
      strongest.add(new StrongestPapers(PaperThemes.REPRESENTATIVES));
    }
    this.members = new long[themes.size()];
    this.primary = new long[themes.size()];
    this.monthly = new MonthlySums(themes.size(), topics, 1e-5);
  }

  /**
   * Adds one row, its cells in the columns of {@link InferredAssignments#HEADER}.
   *
   * @throws IllegalArgumentException naming the cell when the row does not fit the model (a theme it does not have,
   *     a malformed date or number, too few cells)
   */
  public void add(List<String> row) {
    count(row, null);
  }

  /**
   * Adds one row and, when these totals keep topic distributions, the paper's distribution: the cells of a
   * {@code --doc-topics} row after the id, empty for an unassignable paper.
   */
  public void add(List<String> row, List<String> distribution) {
    if (distribution != null && distribution.size() != topics) {
      throw new IllegalArgumentException("expected " + topics + " topic proportions, found " + distribution.size());
    }
    count(row, distribution == null ? null : new Units(distribution, null));
  }

  /**
   * Adds one row with the paper's topic proportions as they are (null when unassignable): the same totals as
   * {@link #add(List, List)} with the proportions written to five decimals, without writing and parsing them.
   */
  public void addProportions(List<String> row, double[] proportions) {
    count(row, new Units(null, proportions));
  }

  /** A paper's distribution, as cells or as proportions, to be counted in whole units of 1e-5. */
  private record Units(List<String> cells, double[] proportions) {}

  private void count(List<String> row, Units distribution) {
    if ((distribution != null) != (topics > 0)) {
      throw new IllegalArgumentException(topics > 0 ? "no topic distribution for the row" : "a topic distribution "
          + "for totals that keep none");
    }
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
    tokens += tokens(row.get(15));
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
    monthly.add(date(row.get(2)), belongs, distribution == null ? null : units(distribution));
    strongest.get(theme).offer(confidence(row.get(5)), row.get(0), row.get(1));
  }

  /** Adds everything {@code other} (totals over the same themes) holds into these; returns these. */
  public AssignmentTotals merge(AssignmentTotals other) {
    if (!other.themes.equals(themes)) {
      throw new IllegalArgumentException("totals over other themes cannot be merged (another model?)");
    }
    assigned += other.assigned;
    unassignable += other.unassignable;
    tokens += other.tokens;
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
  /** The tokens of the assigned papers: words the model knows. */
  public long tokens() {
    return tokens;
  }

  private static long tokens(String cell) {
    try {
      long n = Long.parseLong(cell);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("tokens is '" + cell + "', not a positive whole number");
  }

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

  /**
   * The proportions as whole numbers of 1e-5 (the five decimals the tables print, rounded as they round them):
   * sums of whole numbers are exact in a double (to 2^53), so totals merged in any order, over any partitioning,
   * are the same to the last bit.
   */
  private double[] units(Units distribution) {
    double[] units = new double[topics];
    for (int k = 0; k < topics; k++) {
      double p;
      if (distribution.proportions() != null) {
        p = distribution.proportions()[k];
      } else {
        try {
          p = Double.parseDouble(distribution.cells().get(k));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("topic_" + k + " '" + distribution.cells().get(k) + "' is not a number");
        }
      }
      units[k] = Math.round(p * 1e5);
    }
    return units;
  }

  /** Topics whose sums are kept (0: none). */
  public int topics() {
    return topics;
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

  /**
   * A row's theme_confidence: a number from 0 to 1, as infer writes it. NaN or 1e308 would make that paper every
   * theme's representative (issue 36).
   */
  private static double confidence(String text) {
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("theme_confidence '" + text + "' is not a number");
    }
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("theme_confidence '" + text + "' is not a number from 0 to 1");
    }
    return value;
  }
}
