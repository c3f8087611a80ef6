package dev.landscape.output.charts;

import dev.landscape.text.Vocabulary;
import dev.landscape.themes.Theme;
import dev.landscape.topics.Relevance;
import dev.landscape.topics.Topic;
import dev.landscape.topics.TopicModel;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Top terms: for a theme or topic, its most relevant terms (LDAvis relevance, lambda 0.6) as bars of how many of
 * its tokens they are; and an overview of every theme as small multiples.
 */
final class TermCharts {
  static final int TERMS = 15;
  static final int OVERVIEW_TERMS = 8;

  private final TopicModel model;
  private final Vocabulary vocabulary;
  private final Relevance relevance;
  private final ThemePalette palette;

  TermCharts(TopicModel model, Vocabulary vocabulary, ThemePalette palette) {
    this.model = model;
    this.vocabulary = vocabulary;
    this.relevance = new Relevance(model);
    this.palette = palette;
  }

  /** A term and its tokens in the group of topics. */
  record TermCount(String term, long count) {}

  /** The {@code n} most relevant terms of {@code topics} taken together, with their token counts. */
  List<TermCount> terms(int[] topics, int n) {
    List<TermCount> terms = new ArrayList<>();
    for (int w : relevance.group(topics, n)) {
      long count = 0;
      for (int k : topics) {
        count += model.count(k, w);
      }
      terms.add(new TermCount(vocabulary.display(w), count));
    }
    return terms;
  }

  /** A theme's own terms with their counts, as themes.csv lists them. */
  static List<TermCount> terms(Theme theme, int n) {
    List<TermCount> terms = new ArrayList<>();
    for (int i = 0; i < Math.min(n, theme.topTerms().size()); i++) {
      terms.add(new TermCount(theme.topTerms().get(i), theme.topTermCounts().get(i)));
    }
    return terms;
  }

  Figure theme(Theme theme) {
    return figure("terms-theme-" + theme.id(), theme.name(), terms(theme, TERMS),
        palette.color(theme.id()), "The most relevant terms of theme " + theme.id() + " (" + theme.name() + ")");
  }

  Figure topic(Topic topic, Theme theme) {
    return topic(topic.id(), theme.id(), theme.name());
  }

  /** Topic {@code id}'s chart, in the colour of theme {@code theme} it belongs to: all it needs is the model. */
  Figure topic(int id, int theme, String themeName) {
    return figure("terms-topic-" + id, "Topic " + id + " (" + themeName + ")", terms(new int[] {id}, TERMS),
        palette.color(theme), "The most relevant terms of topic " + id);
  }

  private Figure figure(String name, String subject, List<TermCount> terms, Color color, String shows) {
    String title = subject + ": " + lead(terms);
    // The bars show token counts, so they are ordered by them: the most relevant terms, largest first.
    List<Bars.Bar> bars = terms.stream().sorted(java.util.Comparator.comparingLong((TermCount t) -> -t.count()))
        .map(t -> new Bars.Bar(t.term(), t.count(), color, String.format(Locale.ROOT, "%,d", t.count()))).toList();
    return new Figure(name, title, shows, (g, w, h) -> {
      int y = ChartStyle.title(g, title, "Its " + terms.size() + " most relevant terms (relevance, lambda 0.6), "
          + "ordered by how many of its tokens they are", w);
      Bars.draw(g, bars, 40, y, w - 80, h - y - 20, 28);
    });
  }

  /** "led by LoRA, adapters and prefix tuning". */
  private static String lead(List<TermCount> terms) {
    List<String> first = terms.stream().limit(3).map(TermCount::term).toList();
    if (first.isEmpty()) {
      return "no terms";
    }
    if (first.size() == 1) {
      return "led by " + first.get(0);
    }
    return "led by " + String.join(", ", first.subList(0, first.size() - 1)) + " and " + first.get(first.size() - 1);
  }

  /** Every theme with topics as a small panel of its top terms, largest theme first. */
  Figure overview(List<Theme> themes) {
    String title = "What each theme is about: its most relevant terms";
    return new Figure("terms-overview", title, "Small multiples: the top " + OVERVIEW_TERMS
        + " terms of every theme", (g, w, h) -> {
          int top = ChartStyle.title(g, title, null, w);
          int n = themes.size();
          int columns = n <= 4 ? n : n <= 9 ? 3 : n <= 16 ? 4 : 5;
          int rows = (n + columns - 1) / Math.max(1, columns);
          int cellWidth = (w - 80) / Math.max(1, columns);
          int cellHeight = (h - top - 10) / Math.max(1, rows);
          for (int i = 0; i < n; i++) {
            Theme theme = themes.get(i);
            int x = 40 + (i % columns) * cellWidth;
            int y = top + (i / columns) * cellHeight;
            int nameSize = Math.max(12, Math.min(24, cellHeight / 9));
            g.setFont(new Font(ChartStyle.FONT, Font.BOLD, nameSize));
            g.setColor(ChartStyle.TEXT);
            // The panel title wraps onto a second line rather than being cut.
            List<String> lines = wrap(g, theme.name(), cellWidth - 20);
            int lineY = y + g.getFontMetrics().getAscent();
            for (String line : lines) {
              g.drawString(line, x, lineY);
              lineY += g.getFontMetrics().getHeight();
            }
            List<Bars.Bar> bars = terms(theme, OVERVIEW_TERMS).stream()
                .map(t -> new Bars.Bar(t.term(), t.count(), palette.color(theme.id()), "")).toList();
            Bars.draw(g, bars, x, lineY - 6, cellWidth - 30, y + cellHeight - lineY - 6, 20);
          }
        });
  }

  /**
   * Words of {@code text} in lines no wider than {@code max} pixels, at most two: what does not fit the first line
   * goes on the second (a long word stays whole).
   */
  static List<String> wrap(java.awt.Graphics2D g, String text, int max) {
    List<String> lines = ChartStyle.lines(g, text, max);
    return lines.size() <= 2 ? lines : List.of(lines.get(0), String.join(" ", lines.subList(1, lines.size())));
  }
}
