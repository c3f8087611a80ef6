/**
 * Reading corpora: streaming readers for the dataset-viewer export, arXiv metadata JSON Lines and CSV/TSV, the
 * record checks (ids, abstracts, duplicates, dates) and the counts of what was skipped and why.
 *
 * <p>Readers never hold a whole file: they hand out one {@link dev.landscape.corpus.Paper} at a time through
 * {@link dev.landscape.corpus.PaperStream}.
 */
package dev.landscape.corpus;
