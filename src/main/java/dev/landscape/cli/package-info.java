/**
 * The command line: picocli commands that build a configuration, call the pipeline and report. The only place that
 * writes to the console or exits.
 */
package dev.landscape.cli;
