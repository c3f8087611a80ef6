package dev.landscape.output;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's title and abstract as a reader sees them in the report, the explorer and the deck: arXiv's LaTeX markup
 * ({@code $\Lambda$CDM}, {@code \textit{in situ}}, {@code Schr\"odinger}, {@code {BERT}}) turned into the text it
 * stands for, whitespace collapsed. Only for display: the CSVs keep the text as the corpus gave it.
 *
 * <p>Markup it does not know is kept, minus its backslash, so nothing a title says is dropped.
 */
public final class PaperText {
  /** Words of the abstract that stand in for a missing title. */
  static final int UNTITLED_WORDS = 12;

  private static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
      Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
      Map.entry("theta", "θ"), Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
      Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
      Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
      Map.entry("upsilon", "υ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"), Map.entry("chi", "χ"),
      Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"),
      Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"),
      Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
      Map.entry("sim", "~"), Map.entry("approx", "≈"), Map.entry("times", "×"), Map.entry("cdot", "·"),
      Map.entry("pm", "±"), Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("geq", "≥"),
      Map.entry("ge", "≥"), Map.entry("neq", "≠"), Map.entry("infty", "∞"), Map.entry("to", "→"),
      Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"), Map.entry("ell", "ℓ"),
      Map.entry("partial", "∂"), Map.entry("nabla", "∇"), Map.entry("in", "∈"), Map.entry("odot", "⊙"),
      Map.entry("log", "log"), Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("cdots", "⋯"),
      Map.entry("&", "&"), Map.entry("%", "%"), Map.entry("_", "_"), Map.entry("#", "#"), Map.entry("$", "$"),
      Map.entry("{", "{"), Map.entry("}", "}"), Map.entry(" ", " "), Map.entry(",", " "), Map.entry(";", " "),
      Map.entry("\\", " "));

  /** Accent commands and the combining mark each adds: {@code \"o} is o with a diaeresis. */
  private static final Map<Character, Character> ACCENTS = Map.of('"', '\u0308', '\'', '\u0301', '`', '\u0300',
      '^', '\u0302', '~', '\u0303', 'c', '\u0327', 'v', '\u030C', '=', '\u0304', 'u', '\u0306', 'H', '\u030B');

  private static final Pattern ACCENT =
      Pattern.compile("\\{?\\\\([\"'`^~=]|[cvuH](?= |\\{))\\s*\\{?([A-Za-z])\\}?\\}?");
  private static final Pattern MATH = Pattern.compile("\\$[^$]*\\$");
  private static final Pattern SCRIPT = Pattern.compile("([_^])(?:([0-9])|\\{([0-9]+)\\})");
  /** A command: a backslash and a word, or a backslash and one non-letter. */
  private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+|[^A-Za-z])");

  private PaperText() {}

  /** {@code text} with its LaTeX markup rendered as plain text, whitespace collapsed. */
  public static String clean(String text) {
    if (text.indexOf('\\') < 0 && text.indexOf('$') < 0 && text.indexOf('{') < 0 && text.indexOf("--") < 0) {
      return text.strip().replaceAll("\\s+", " ");
    }
    String s = scripts(accents(text));
    s = commands(s);
    // Math delimiters and grouping braces only group; a super- or subscript caret or underscore inside math reads
    // as its argument ($O(n^2)$ -> O(n2) would mislead, so the caret stays).
    s = s.replace("$", "").replaceAll("(?<!\\\\)[{}]", "");
    s = s.replace("---", "—").replace("--", "–");
    return s.strip().replaceAll("\\s+", " ");
  }

  /**
   * What stands for a paper in a list: its cleaned title, or when it has none the first words of its abstract
   * (with an ellipsis), or "untitled".
   */
  public static String title(String title, String abstractText) {
    String cleaned = clean(title);
    if (!cleaned.isEmpty()) {
      return cleaned;
    }
    String[] words = clean(abstractText == null ? "" : abstractText).split(" ");
    if (words.length == 0 || words[0].isEmpty()) {
      return "untitled";
    }
    if (words.length <= UNTITLED_WORDS) {
      return String.join(" ", words);
    }
    return String.join(" ", java.util.Arrays.copyOf(words, UNTITLED_WORDS)) + " …";
  }

  /** Digits raised or lowered in math ({@code $H_0$}, {@code $n^{2}$}) as Unicode sub- and superscript digits. */
  private static String scripts(String text) {
    return MATH.matcher(text).replaceAll(math -> Matcher.quoteReplacement(SCRIPT.matcher(math.group())
        .replaceAll(m -> {
          String digits = m.group(2) != null ? m.group(2) : m.group(3);
          String to = m.group(1).equals("_") ? "₀₁₂₃₄₅₆₇₈₉" : "⁰¹²³⁴⁵⁶⁷⁸⁹";
          StringBuilder shifted = new StringBuilder();
          digits.chars().forEach(c -> shifted.append(to.charAt(c - '0')));
          return shifted.toString();
        })));
  }

  private static String accents(String text) {
    return ACCENT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(java.text.Normalizer.normalize(
        m.group(2) + ACCENTS.get(m.group(1).charAt(0)), java.text.Normalizer.Form.NFC)));
  }

  private static String commands(String text) {
    return COMMAND.matcher(text).replaceAll(m -> {
      String name = m.group(1);
      String symbol = SYMBOLS.get(name);
      // Formatting commands (\textit, \mathcal, \emph, \bf ...) vanish and leave their argument; an unknown word
      // command leaves its name, so nothing the title says is lost.
      return Matcher.quoteReplacement(symbol != null ? symbol : FORMATTING.matcher(name).matches() ? "" : name);
    });
  }

  private static final Pattern FORMATTING = Pattern.compile(
      "text(it|bf|tt|sc|sf|rm|up|sl|normal)?|emph|math(cal|bb|bf|rm|it|sf|tt|frak|scr)|bm|boldsymbol|operatorname"
          + "|it|bf|tt|sc|rm|em|sf|small|large|Large|left|right|big|Big|mbox|hbox|url|href|ensuremath");
}
