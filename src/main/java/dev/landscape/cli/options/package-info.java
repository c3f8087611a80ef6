/**
 * Options several commands share (run, infer, aggregate and the Spark job), each declared once as a picocli mixin:
 * one name, one default, one description, and one way to turn it into a setting.
 */
package dev.landscape.cli.options;
