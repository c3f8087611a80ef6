/** The run as a whole: its configuration, the list of stage calls, and the provenance it records. */
package dev.landscape.pipeline;
