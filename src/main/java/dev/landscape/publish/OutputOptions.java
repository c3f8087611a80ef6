package dev.landscape.publish;

import dev.landscape.corpus.ReadOptions;
import dev.landscape.text.TextOptions;
import java.nio.file.Path;

/**
 * How the outputs are written.
 *
 * @param input the corpus file, read again for the report's abstracts
 * @param read how it is read
 * @param text how its text was prepared, recorded in the model
 * @param chartScale PNG pixels per chart unit: 1 for 1920 x 1080, 2 for 4K
 * @param rawCsv write corpus text into CSV cells as it is, not neutralized for spreadsheets
 * @param threads charts and report files written at once
 * @param selection which outputs are written, the charts in which formats
 */
public record OutputOptions(Path input, ReadOptions read, TextOptions text, int chartScale, boolean rawCsv,
    int threads, OutputSelection selection) {}
