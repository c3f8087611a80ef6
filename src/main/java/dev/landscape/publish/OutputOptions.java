package dev.landscape.publish;

import dev.landscape.corpus.CorpusSource;
import dev.landscape.text.TextOptions;

/**
 * How the outputs are written.
 *
 * @param corpus the papers, read again for the report's abstracts
 * @param text how their text was prepared, recorded in the model
 * @param chartScale PNG pixels per chart unit: 1 for 1920 x 1080, 2 for 4K
 * @param rawCsv write corpus text into CSV cells as it is, not neutralized for spreadsheets
 * @param threads charts and report files written at once
 * @param selection which outputs are written, the charts in which formats
 */
public record OutputOptions(CorpusSource corpus, TextOptions text, int chartScale, boolean rawCsv, int threads,
    OutputSelection selection) {}
