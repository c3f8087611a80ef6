package dev.landscape.cli.options;

import dev.landscape.trends.TrendOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --period}: the trends' periods. */
public final class PeriodOption {
  @Option(names = "--period", paramLabel = "auto|month|quarter|year", defaultValue = "auto",
      converter = Converter.class,
      description = "Trend periods. auto: the finest of month, quarter and year at which most periods hold at least "
          + "30 papers.")
  TrendOptions period;

  public TrendOptions trends() {
    return period;
  }

  /** A bad value is a usage error naming the option. */
  static final class Converter implements CommandLine.ITypeConverter<TrendOptions> {
    @Override
    public TrendOptions convert(String value) {
      try {
        return TrendOptions.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
