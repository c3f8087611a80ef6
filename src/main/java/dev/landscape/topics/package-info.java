/**
 * The topic model: LDA by collapsed Gibbs sampling in MALLET, behind one adapter ({@link
 * dev.landscape.topics.MalletTopicTrainer}, the only class that imports {@code cc.mallet.topics}). Results are copied
 * out of MALLET's arrays into {@link dev.landscape.topics.TopicModel} so that nothing else depends on MALLET.
 */
package dev.landscape.topics;
