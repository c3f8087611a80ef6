package dev.landscape.output.explorer;

import dev.landscape.corpus.ArxivIds;
import dev.landscape.corpus.DatePrecision;
import dev.landscape.corpus.PaperInfo;
import dev.landscape.output.PaperText;
import dev.landscape.text.Vocabulary;
import dev.landscape.themes.PaperThemes;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds {@link ExplorerData} from a run's model, themes and papers. */
public final class Explorer {
  /** The slider's first position: LDAvis's user study found 0.6 best for reading a topic. */
  public static final double LAMBDA = 0.6;
  /** Terms in the bars, as in LDAvis. */
  public static final int SHOWN_TERMS = 30;
  /**
   * The most papers one report.html holds (about 150 bytes each): beyond it the page keeps each theme's strongest
   * papers and says where the rest are.
   */
  public static final int PAPER_CAP = 20_000;
  /**
   * The most characters of titles and abstracts one page holds (about 12 MB; a browser parses it in well under a
   * second): each paper held carries its abstract, so that search covers it.
   */
  public static final long TEXT_BUDGET = 12_000_000;
  /** Characters of a title kept in the page. */
  static final int TITLE = 300;

  private final TopicModel model;
  private final Vocabulary vocabulary;
  private final List<Topic> topics;
  private final ThemeResult themes;
  private final List<PaperInfo> papers;
  private final int cap;
  private final List<Theme> shown;
  private final int[] order;

  /**
   * @param papers the modelled papers, in model order
   * @param cap the most papers the page holds
   */
  public Explorer(TopicModel model, Vocabulary vocabulary, List<Topic> topics, ThemeResult themes,
      List<PaperInfo> papers, int cap) {
    this.model = model;
    this.vocabulary = vocabulary;
    this.topics = topics;
    this.themes = themes;
    this.papers = papers;
    this.cap = cap;
    this.shown = themes.themes().stream().filter(t -> t.topics().length > 0)
        .sorted(Comparator.comparingDouble((Theme t) -> -themes.papers().share(t.id())).thenComparingInt(Theme::id))
        .toList();
    this.order = PaperSelection.order(themes, shown, papers.size(), cap);
  }

  /** The ids of the papers the page may hold: the abstracts {@link #build} needs. */
  public Set<String> wanted() {
    Set<String> ids = new HashSet<>();
    for (int d : order) {
      ids.add(papers.get(d).id());
    }
    return ids;
  }

  /**
   * @param points each topic's place on the distance map (principal coordinates), by topic number
   * @param colors each theme's colour as {@code #rrggbb}, by theme number
   * @param abstracts the abstracts of (at least) the papers {@link #wanted}, by id
   */
  public ExplorerData build(double[][] points, List<String> colors, Map<String, String> abstracts) {
    int vocabularySize = model.vocabularySize();
    long[] corpusCounts = new long[vocabularySize];
    long tokens = 0;
    for (int k = 0; k < model.topicCount(); k++) {
      for (int w = 0; w < vocabularySize; w++) {
        corpusCounts[w] += model.count(k, w);
      }
      tokens += model.topicTokens(k);
    }
    TermIndex index = new TermIndex(vocabularySize);
    List<ExplorerData.Unit> units = new ArrayList<>();
    int[] all = new int[vocabularySize];
    for (int w = 0; w < vocabularySize; w++) {
      all[w] = (int) Math.min(Integer.MAX_VALUE, corpusCounts[w]);
    }
    Background background = new Background(corpusCounts, tokens, index);
    ExplorerData.Place off = new ExplorerData.Place(0, 0);
    units.add(background.unit("corpus", -1, "Whole corpus", -1, off, all, tokens,
        model.beta() * model.topicCount()));
    for (Theme theme : shown) {
      int[] counts = new int[vocabularySize];
      long themeTokens = 0;
      for (int k : theme.topics()) {
        for (int w = 0; w < vocabularySize; w++) {
          counts[w] += model.count(k, w);
        }
        themeTokens += model.topicTokens(k);
      }
      units.add(background.unit("theme", theme.id(), theme.name(), theme.id(), off, counts, themeTokens,
          model.beta() * theme.topics().length));
    }
    for (Topic topic : topics) {
      int k = topic.id();
      int[] counts = new int[vocabularySize];
      for (int w = 0; w < vocabularySize; w++) {
        counts[w] = model.count(k, w);
      }
      double[] p = k < points.length ? points[k] : new double[2];
      units.add(background.unit("topic", k, "Topic " + k + ": " + topic.label(), themes.themeOfTopic(k).id(),
          new ExplorerData.Place(round(p[0], 5), round(p[1], 5)), counts, model.topicTokens(k), model.beta()));
    }
    PaperSelection selection = PaperSelection.fit(order, d -> papers.get(d).title().length()
        + abstracts.getOrDefault(papers.get(d).id(), "").length(), TEXT_BUDGET, themes, shown);
    List<ExplorerData.ThemeKey> keys = shown.stream().map(t -> new ExplorerData.ThemeKey(t.id(), t.name(),
        t.kind().key(), colors.get(t.id()), themes.papers().members(t.id()), selection.embedded(t.id()),
        t.topics())).toList();
    List<ExplorerData.PaperRow> rows = new ArrayList<>();
    for (int d : selection.papers()) {
      rows.add(row(d, abstracts.getOrDefault(papers.get(d).id(), "")));
    }
    return new ExplorerData(new ExplorerData.Bars(LAMBDA, SHOWN_TERMS), new ExplorerData.Vocabulary(vocabularySize,
        tokens, index.terms(vocabulary), index.counts(corpusCounts)), units, keys,
        new ExplorerData.Papers(papers.size(), cap, rows));
  }

  /**
   * The whole corpus's term counts, against which a unit's terms are ranked, and the terms the page lists.
   *
   * @param corpusCounts each term's tokens in the whole corpus
   * @param tokens the corpus's tokens
   * @param index the terms any unit shows, numbered as the page lists them
   */
  private record Background(long[] corpusCounts, long tokens, TermIndex index) {
    /** A unit with its place, its term counts and tokens, and the prior count each term gets. */
    ExplorerData.Unit unit(String kind, int id, String name, int theme, ExplorerData.Place place, int[] counts,
        long unitTokens, double smoothing) {
      int[] candidates = RelevantTerms.candidates(counts, unitTokens, smoothing, corpusCounts, tokens, SHOWN_TERMS);
      int[][] pairs = new int[candidates.length][];
      for (int i = 0; i < candidates.length; i++) {
        pairs[i] = new int[] {index.of(candidates[i]), counts[candidates[i]]};
      }
      return new ExplorerData.Unit(kind, id, name, theme, place, new ExplorerData.UnitTerms(
          tokens == 0 ? 0 : round(unitTokens / (double) tokens, 5), unitTokens, smoothing, pairs));
    }
  }

  private ExplorerData.PaperRow row(int d, String abstractText) {
    PaperInfo info = papers.get(d);
    PaperThemes assigned = themes.papers();
    List<Integer> of = assigned.themesOf(d);
    int[] ids = new int[of.size()];
    double[] scores = new double[of.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = of.get(i);
      scores[i] = round(ThemeScores.score(themes, d, ids[i]), 3);
    }
    String title = PaperText.clean(info.title());
    title = title.length() <= TITLE ? title : title.substring(0, TITLE) + "…";
    return new ExplorerData.PaperRow(info.id(), title, PaperText.clean(abstractText), date(info),
        ArxivIds.isArxivId(info.id()), ids, scores);
  }

  private static String date(PaperInfo info) {
    if (info.date() == null || info.precision() == DatePrecision.NONE) {
      return "";
    }
    return info.precision() == DatePrecision.MONTH ? info.date().toString().substring(0, 7) : info.date().toString();
  }

  static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Double.isFinite(value) ? Math.round(value * scale) / scale : 0;
  }
}
