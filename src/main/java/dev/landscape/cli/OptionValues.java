package dev.landscape.cli;

import dev.landscape.selection.TopicChoice;
import dev.landscape.topics.LdaParams;
import dev.landscape.trends.TrendOptions;
import java.util.Locale;
import picocli.CommandLine;

/**
 * picocli converters for option values that are more than a number or a path: a bad value is a usage error that
 * names the option (picocli adds it), before any work.
 */
final class OptionValues {
  private OptionValues() {}

  /** {@code --topics}: K, 0 to scale with the corpus, FROM:TO[:STEP] or auto. */
  static final class Topics implements CommandLine.ITypeConverter<TopicChoice> {
    @Override
    public TopicChoice convert(String value) {
      try {
        return TopicChoice.parse(value);
      } catch (IllegalArgumentException e) {
        // picocli names the option first: "Invalid value for option '--topics': must be ..."
        throw new CommandLine.TypeConversionException(e.getMessage().replaceFirst("^--topics ", ""));
      }
    }
  }

  /**
   * {@code --iterations}: a number, or auto (sample until converged, at most {@link LdaParams#AUTO_MAX_ITERATIONS}).
   *
   * @param count the iterations, or the most auto runs
   */
  record IterationCount(int count, boolean auto) {}

  static final class Iterations implements CommandLine.ITypeConverter<IterationCount> {
    @Override
    public IterationCount convert(String value) {
      if (value.strip().equalsIgnoreCase("auto")) {
        return new IterationCount(LdaParams.AUTO_MAX_ITERATIONS, true);
      }
      try {
        return new IterationCount(Integer.parseInt(value.strip()), false);
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("expected a number or auto, found '" + value + "'");
      }
    }
  }

  /** {@code --period}: auto, month, quarter or year. */
  static final class Period implements CommandLine.ITypeConverter<TrendOptions> {
    @Override
    public TrendOptions convert(String value) {
      try {
        return TrendOptions.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** on/off (also true/false, yes/no). */
  static final class OnOff implements CommandLine.ITypeConverter<Boolean> {
    @Override
    public Boolean convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "on", "true", "yes" -> true;
        case "off", "false", "no" -> false;
        default -> throw new CommandLine.TypeConversionException("expected on or off, found '" + value + "'");
      };
    }
  }
}
