/**
 * Outputs: the CSV tables and run.json, written into a temporary folder that replaces the previous report folder
 * only when everything has been written, so a failed or killed run never leaves a half-written report.
 */
package dev.landscape.output;
