package dev.landscape.cli;

import dev.landscape.selection.TopicChoice;
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
