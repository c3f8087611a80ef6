/**
 * The one door to a report folder: {@link dev.landscape.publish.Outputs#write} takes what a run found ({@link
 * dev.landscape.publish.Findings}) and writes tables, model, training state, charts, report, deck and run.json, the
 * same way for a trained run and for {@code landscape report --from}.
 */
package dev.landscape.publish;
