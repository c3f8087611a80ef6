package dev.landscape.output.charts;

import dev.landscape.themes.Theme;
import dev.landscape.themes.ThemeResult;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The themes' colours, the same in every chart and in the report's explorer: one hue per parent theme (a theme
 * without a parent is a group of its own), and within a parent shades of that hue from dark to light, spread as far
 * apart as the group's size allows; "Other" is grey. Hues are Okabe-Ito's and then Paul Tol's colour-blind-safe
 * colours in order of first appearance; groups beyond them reuse a hue, lightened.
 */
final class ThemePalette {
  private final Color[] colors;

  private ThemePalette(Color[] colors) {
    this.colors = colors;
  }

  static ThemePalette of(ThemeResult themes) {
    return of(themes.themes().stream().map(t -> t.kind().key()).toList(),
        themes.themes().stream().map(Theme::parent).toList());
  }

  /**
   * The palette of themes {@code 0..n-1} of these kinds ({@code other} is grey) and parents (null or blank: a group
   * of its own): for a landscape aggregated from assignment rows, which knows its themes from the saved model.
   */
  static ThemePalette of(List<String> kinds, List<String> parents) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int t = 0; t < kinds.size(); t++) {
      if (!kinds.get(t).equals(Theme.Kind.OTHER.key())) {
        String parent = parents.get(t) == null || parents.get(t).isBlank() ? "\u0000" + t : parents.get(t);
        groups.computeIfAbsent(parent, p -> new ArrayList<>()).add(t);
      }
    }
    Color[] colors = new Color[kinds.size()];
    int hue = 0;
    for (List<Integer> group : groups.values()) {
      Color base = ChartStyle.themeColor(hue++, false);
      for (int i = 0; i < group.size(); i++) {
        colors[group.get(i)] = shade(base, i, group.size());
      }
    }
    for (int t = 0; t < colors.length; t++) {
      if (colors[t] == null) {
        colors[t] = ChartStyle.GREY;
      }
    }
    return new ThemePalette(colors);
  }

  /**
   * Shade {@code i} of {@code n} of {@code base}: the base itself for a group of one, else evenly from 35% darker to
   * 50% lighter.
   */
  static Color shade(Color base, int i, int n) {
    if (n == 1) {
      return base;
    }
    double t = -0.35 + 0.85 * i / (n - 1);
    return t < 0 ? mix(base, Color.BLACK, -t) : mix(base, Color.WHITE, t);
  }

  private static Color mix(Color a, Color b, double amount) {
    return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * amount),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * amount),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * amount));
  }

  /** The colour of theme {@code t}. */
  Color color(int t) {
    return colors[t];
  }
}
