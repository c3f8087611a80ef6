package dev.landscape.aggregate;

import dev.landscape.model.SavedModel;
import dev.landscape.themes.MemberTerms;
import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeMapper;
import dev.landscape.topics.Relevance;
import dev.landscape.topics.TopicModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The themes of an aggregated landscape as a run describes them: name, kind, parent, topics, and top terms found as
 * the run finds them. A named theme's terms rank the words of its member papers ({@link MemberTerms}, summed from
 * the shards; none when they were not counted), an automatic theme's (and Other's) the words of its topics in the
 * model's counts.
 */
final class DescribedThemes {
  private DescribedThemes() {}

  static List<Theme> of(SavedModel model, MemberTerms terms) {
    TopicModel topics = model.topics();
    int[] themeOfTopic = model.themeOfTopic();
    List<List<MemberTerms.Term>> memberTerms = terms == null ? List.of()
        : terms.top(model.text().vocabulary(), ThemeMapper.TOP_TERMS);
    Relevance relevance = new Relevance(topics);
    List<Theme> themes = new ArrayList<>();
    for (int t = 0; t < model.themes().size(); t++) {
      SavedModel.ThemeName name = model.themes().get(t);
      int theme = t;
      int[] own = IntStream.range(0, themeOfTopic.length).filter(k -> themeOfTopic[k] == theme).toArray();
      Theme.Kind kind = name.kind();
      List<String> words = new ArrayList<>();
      List<Long> counts = new ArrayList<>();
      if (kind == Theme.Kind.NAMED && t < memberTerms.size()) {
        memberTerms.get(t).forEach(term -> {
          words.add(term.display());
          counts.add(term.count());
        });
      } else if (kind != Theme.Kind.NAMED && own.length > 0) {
        for (int w : relevance.group(own, ThemeMapper.TOP_TERMS)) {
          long n = 0;
          for (int k : own) {
            n += topics.count(k, w);
          }
          words.add(model.text().vocabulary().display(w));
          counts.add(n);
        }
      }
      themes.add(new Theme(t, name.name(), kind, "", name.parent(), own, new Theme.Terms(words, counts),
          Theme.Seeds.NONE));
    }
    return themes;
  }
}
