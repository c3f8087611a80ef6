package dev.landscape.inference;

import dev.landscape.corpus.Paper;
import dev.landscape.corpus.PaperInfo;
import dev.landscape.model.SavedModel;
import dev.landscape.output.InferredAssignments;
import dev.landscape.themes.ThemeRule;
import dev.landscape.themes.MemberTerms;
import dev.landscape.themes.PaperThemes;
import dev.landscape.themes.SeedMatcher;
import dev.landscape.topics.MalletInferencer;
import java.util.List;

/**
 * Places one paper at a time on a saved model: prepares its text as the model's training papers were prepared,
 * samples its topic proportions (seeded by the model seed and the paper's id), and finds its themes as the run
 * found its own papers' (see {@link ThemeRule}). What {@code landscape infer} does to each paper, and what each
 * Spark task does to the papers of its partition, so that a paper gets the same row on any machine. Not
 * thread-safe: one per thread.
 */
public final class PaperPlacer {
  private final SavedModel model;
  private final MalletInferencer.Sampler sampler;
  private final int[] themeOfTopic;
  private final double[] weights;
  private final int named;
  private final int other;
  private final SeedMatcher matcher;

  /**
   * A paper placed on the model.
   *
   * @param info the paper
   * @param words its words the model knows, as vocabulary ids (kept, not copied)
   * @param proportions its topic proportions, or null when it has no word the model knows (unassignable)
   * @param themes its themes, or null when unassignable
   */
  public record Placed(PaperInfo info, int[] words, double[] proportions, InferredAssignments.Themes themes) {
    public boolean assigned() {
      return proportions != null;
    }

    /** How many of its words the model knows. */
    public int tokens() {
      return words.length;
    }

    /** Adds its words to {@code counts}, under each named theme it belongs to. */
    public void countTerms(MemberTerms counts) {
      if (assigned()) {
        counts.add(words, themes.members()::contains);
      }
    }

    /** The paper's row in the columns of {@link InferredAssignments#HEADER}. */
    public List<String> row(InferredAssignments.Rows rows) {
      return assigned() ? rows.assigned(info, tokens(), proportions, themes) : rows.unassignable(info);
    }
  }

  public PaperPlacer(SavedModel model, MalletInferencer.Sampler sampler) {
    this.model = model;
    this.sampler = sampler;
    this.themeOfTopic = model.themeOfTopic();
    this.weights = new double[model.themes().size()];
    this.named = model.learning() == null ? 0 : model.learning().specs().size();
    this.other = java.util.stream.IntStream.range(0, model.themes().size())
        .filter(t -> model.themes().get(t).kind() == dev.landscape.themes.Theme.Kind.OTHER).findFirst().orElse(-1);
    this.matcher = model.learning() == null ? null : new SeedMatcher(model.learning().specs());
  }

  /** Empty counts of the words of {@code model}'s named themes' member papers, for {@link Placed#countTerms}. */
  public static MemberTerms termCounts(SavedModel model) {
    return new MemberTerms(model.learning() == null ? 0 : model.learning().specs().size(),
        model.text().vocabulary().size());
  }

  /** The inferencer of {@code model} with {@code settings}: build it once, take a sampler per thread. */
  public static MalletInferencer inferencer(SavedModel model, MalletInferencer.Settings settings) {
    return new MalletInferencer(model.topics(), model.text().vocabulary().words(), settings);
  }

  public Placed place(Paper paper) {
    int[] words = model.text().prepare(paper.modelText());
    if (words.length == 0) {
      return new Placed(paper.info(), words, null, null);
    }
    double[] proportions = sampler.proportions(paper.info().id(), words);
    return new Placed(paper.info(), words, proportions, themes(paper, words, proportions));
  }

  /** The paper's themes as the run would have found them (see {@link ThemeRule}). */
  private InferredAssignments.Themes themes(Paper paper, int[] words, double[] proportions) {
    if (model.learning() != null) {
      double[] themeWeights = new double[weights.length];
      for (int k = 0; k < proportions.length; k++) {
        themeWeights[themeOfTopic[k]] += proportions[k];
      }
      ThemeRule.Placed placed = model.learning().place(paper.info().title(), paper.abstractText(), words,
          model.text().prepare(paper.info().title()), proportions, themeWeights, other, matcher);
      if (!placed.themes().isEmpty()) {
        return new InferredAssignments.Themes(PaperThemes.placeMember(placed.themes(), t -> placed.score()[t]),
            placed.themes());
      }
    }
    PaperThemes.Placement placement = named == 0 ? PaperThemes.place(proportions, themeOfTopic, weights)
        : PaperThemes.placeUnnamed(proportions, themeOfTopic, named, other, weights);
    return new InferredAssignments.Themes(placement, List.of(placement.primary()));
  }
}
