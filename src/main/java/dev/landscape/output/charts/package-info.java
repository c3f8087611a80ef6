/** Charts: pure builders that turn results into XChart charts, and a writer that saves them. */
package dev.landscape.output.charts;
