/**
 * Model selection: the sweep over the number of topics (held-out likelihood, coherence, diversity, stability) and
 * the ranges it tries.
 */
package dev.landscape.selection;
