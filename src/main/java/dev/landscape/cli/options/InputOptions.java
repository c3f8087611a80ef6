package dev.landscape.cli.options;

import dev.landscape.corpus.BadRecordPolicy;
import dev.landscape.corpus.CorpusFormat;
import dev.landscape.corpus.ReadOptions;
import picocli.CommandLine.Option;

/** How to read a corpus file: the options {@code run}, {@code infer} and the Spark job share. */
public final class InputOptions {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto", converter = FormatValue.class,
      description = "Input format: auto, viewer, jsonl, csv or tsv. auto picks by file name and checks the content.")
  CorpusFormat format;

  @Option(names = "--id-column", paramLabel = "NAME", description = "Column or JSON field of the id "
      + "(default: the first of id, arxiv_id, paper_id, doc_id).")
  String idColumn;

  @Option(names = "--text-column", paramLabel = "NAME", description = "Column or JSON field of the abstract "
      + "(default: the first of abstract, text, summary, body).")
  String textColumn;

  @Option(names = "--title-column", paramLabel = "NAME", description = "Column or JSON field of the title "
      + "(default: title, when present).")
  String titleColumn;

  @Option(names = "--categories-column", paramLabel = "NAME", description = "Column or JSON field of the "
      + "space-separated categories (default: categories, when present).")
  String categoriesColumn;

  @Option(names = "--date-column", paramLabel = "NAME", description = "Column or JSON field of the date (default: "
      + "date, published, created or update_date; JSON Lines: versions[0].created, then update_date). Papers "
      + "without a date are dated from their arXiv id.")
  String dateColumn;

  @Option(names = "--on-bad-record", paramLabel = "POLICY", defaultValue = "skip", converter = PolicyValue.class,
      description = "Faulty records (malformed, missing id or abstract, duplicate id, bad date): skip counts and "
          + "reports them, fail stops at the first. Values: skip, fail.")
  BadRecordPolicy onBadRecord;

  @Option(names = "--max-record-size", paramLabel = "SIZE", defaultValue = "16M",
      description = "Longest record (line, or CSV record) read, in characters; K, M, G are powers of 1,024. A longer "
          + "one is an error (exit 2) before it is held in memory: a small gzip file can hold a line of gigabytes.")
  String maxRecordSize;

  /**
   * The read options, parsing JSON Lines with {@code threads} threads.
   *
   * @throws IllegalArgumentException naming the option that is wrong
   */
  public ReadOptions readOptions(int threads) {
    return new ReadOptions(format, onBadRecord,
        new ReadOptions.Columns(idColumn, textColumn, titleColumn, categoriesColumn, dateColumn), threads,
        dev.landscape.io.BoundedReader.parseSize(maxRecordSize, "--max-record-size"));
  }

  /** {@code --format}, in any case, whatever the command line it is mixed into allows. */
  static final class FormatValue implements picocli.CommandLine.ITypeConverter<CorpusFormat> {
    @Override
    public CorpusFormat convert(String value) {
      return enumValue(CorpusFormat.class, value, "auto, viewer, jsonl, csv or tsv");
    }
  }

  /** {@code --on-bad-record}, in any case. */
  static final class PolicyValue implements picocli.CommandLine.ITypeConverter<BadRecordPolicy> {
    @Override
    public BadRecordPolicy convert(String value) {
      return enumValue(BadRecordPolicy.class, value, "skip or fail");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String expected) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.TypeConversionException("expected " + expected + ", found '" + value + "'");
    }
  }
}
