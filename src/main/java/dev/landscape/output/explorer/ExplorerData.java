package dev.landscape.output.explorer;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * What report.html's explorer shows, as the page's script reads it (serialized by {@link ExplorerJson}). Term
 * counts are the model's final token counts; the script computes LDAvis relevance from them,
 * {@code lambda * log p(w|unit) + (1 - lambda) * log(p(w|unit) / p(w))}, with {@code p(w|unit) = (count + smoothing)
 * / (tokens + vocabularySize * smoothing)} and {@code p(w) = termTokens[w] / tokens}.
 *
 * The page script reads it as one flat JSON object (each part's fields unwrapped in place).
 *
 * @param bars how the term bars start: the slider's weight and how many terms they show
 * @param vocabulary the model's vocabulary and tokens, and the terms any unit can show with their corpus counts
 * @param units the corpus as a whole, then every theme with topics, then every topic
 * @param themes every theme with topics, largest first, with its colour and its papers here
 * @param papers the papers the page holds
 */
public record ExplorerData(@JsonUnwrapped Bars bars, @JsonUnwrapped Vocabulary vocabulary, List<Unit> units,
    List<ThemeKey> themes, Papers papers) {

  /**
   * How the term bars start.
   *
   * @param lambda the relevance weight the slider starts at
   * @param shownTerms how many terms the bars show
   */
  public record Bars(double lambda, int shownTerms) {}

  /**
   * The model's vocabulary as the relevance formula needs it.
   *
   * @param vocabularySize terms in the model's vocabulary (for smoothing)
   * @param tokens tokens in the model
   * @param terms the terms any unit can show, indexed by the units' term lists
   * @param termTokens each of {@code terms}' tokens in the whole corpus
   */
  public record Vocabulary(int vocabularySize, long tokens, List<String> terms, long[] termTokens) {}

  /**
   * Something whose terms the bars show: the corpus, a theme or a topic.
   *
   * @param kind {@code corpus}, {@code theme} or {@code topic}
   * @param id the theme or topic number, -1 for the corpus
   * @param name how the page names it
   * @param theme the theme of a topic, the theme itself for a theme, -1 for the corpus
   * @param place its place on the distance map (topics only; 0, 0 otherwise)
   * @param counts its share, tokens and terms
   */
  public record Unit(String kind, int id, String name, int theme, @JsonUnwrapped Place place,
      @JsonUnwrapped UnitTerms counts) {}

  /** A place on the distance map. */
  public record Place(double x, double y) {}

  /**
   * A unit's tokens and terms.
   *
   * @param share its share of all tokens
   * @param tokens its tokens
   * @param smoothing the prior count added to each term's count
   * @param terms pairs of (index into {@link Vocabulary#terms}, count in this unit): every term that is among the
   *     {@code shownTerms} most relevant at some slider position in steps of 0.01
   */
  public record UnitTerms(double share, long tokens, double smoothing, int[][] terms) {}

  /**
   * A theme as the filters and the map's colours show it.
   *
   * @param members papers that belong to it in the whole corpus
   * @param embedded how many of them the page holds
   */
  public record ThemeKey(int id, String name, String kind, String color, int members, int embedded,
      int[] topics) {}

  /**
   * The papers the page holds: all of them up to {@code cap}; beyond it, each theme's strongest members in turn.
   *
   * @param total papers in the corpus
   * @param cap the most papers a page holds
   * @param rows one per paper held, in corpus order
   */
  public record Papers(int total, int cap, List<PaperRow> rows) {}

  /**
   * One paper, written as a JSON array to keep the page small.
   *
   * @param title its title as a reader sees it (LaTeX rendered), or empty
   * @param text its abstract as a reader sees it, for search and for an untitled paper's line
   * @param date its date as precise as known, or empty
   * @param arxiv whether the id is an arXiv id (the page links it)
   * @param themes the themes it belongs to, strongest first
   * @param scores its score on each of {@code themes}
   */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"id", "title", "text", "date", "arxiv", "themes", "scores"})
  public record PaperRow(String id, String title, String text, String date, boolean arxiv, int[] themes,
      double[] scores) {}
}
