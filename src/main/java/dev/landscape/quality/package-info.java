/**
 * Topic quality: coherence (NPMI, UMass, UCI, C_V) computed exactly as gensim's {@code CoherenceModel} computes
 * them, so that our numbers can be compared with everyone else's.
 */
package dev.landscape.quality;
