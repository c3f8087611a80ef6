package dev.landscape.topics;

import cc.mallet.topics.TopicInferencer;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;

/**
 * The adapter to MALLET's {@link TopicInferencer}, the other half of the MALLET boundary beside
 * {@link MalletTopicTrainer}: rebuilds the inferencer's packed type-topic counts from a {@link TopicModel}'s counts
 * and samples topic proportions of new documents with the topic-word counts held fixed.
 *
 * <p>Each paper is sampled from a random stream seeded by the model seed and the paper's id, so a paper gets the
 * same proportions whichever file, position or thread it comes in.
 */
public final class MalletInferencer {
  private final int[][] typeTopicCounts;
  private final int[] tokensPerTopic;
  private final double[] alpha;
  private final double beta;
  private final double betaSum;
  private final Alphabet alphabet;
  private final Settings settings;

  /**
   * Sampling settings, as MALLET's {@code InferTopics} names them.
   *
   * @param iterations Gibbs sweeps per paper
   * @param burnIn sweeps before the first kept sample
   * @param thinning sweeps between kept samples
   * @param seed the model's random seed
   */
  public record Settings(int iterations, int burnIn, int thinning, int seed) {
    public Settings {
      if (iterations < 1 || burnIn < 0 || burnIn >= iterations || thinning < 1) {
        throw new IllegalArgumentException("inference needs iterations >= 1, 0 <= burn-in < iterations and "
            + "thinning >= 1; found " + iterations + ", " + burnIn + ", " + thinning);
      }
    }

    /** MALLET's {@code InferTopics} defaults: 100 iterations, burn-in 10, thinning 10. */
    public static Settings defaults(int seed) {
      return new Settings(100, 10, 10, seed);
    }
  }

  /**
   * @param words the vocabulary's keys by id, for MALLET's alphabet
   */
  public MalletInferencer(TopicModel model, java.util.List<String> words, Settings settings) {
    int topics = model.topicCount();
    int types = model.vocabularySize();
    int topicMask = Integer.bitCount(topics) == 1 ? topics - 1 : Integer.highestOneBit(topics) * 2 - 1;
    int topicBits = Integer.bitCount(topicMask);
    this.typeTopicCounts = new int[types][];
    this.tokensPerTopic = new int[topics];
    for (int k = 0; k < topics; k++) {
      tokensPerTopic[k] = Math.toIntExact(model.topicTokens(k));
    }
    // MALLET's packing: (count << topicBits) | topic, largest count first.
    for (int w = 0; w < types; w++) {
      int n = 0;
      long[] entries = new long[topics];
      for (int k = 0; k < topics; k++) {
        int count = model.count(k, w);
        if (count > 0) {
          if (count >= 1 << (31 - topicBits)) {
            throw new IllegalArgumentException("word " + w + " has more tokens in one topic than MALLET can pack");
          }
          entries[n++] = ((long) count << 32) | (topics - 1 - k); // ties: lower topic first, as MALLET sorts
        }
      }
      java.util.Arrays.sort(entries, 0, n);
      int[] packed = new int[n];
      for (int i = 0; i < n; i++) {
        long e = entries[n - 1 - i];
        int topic = topics - 1 - (int) (e & 0xFFFFFFFFL);
        packed[i] = ((int) (e >>> 32) << topicBits) | topic;
      }
      typeTopicCounts[w] = packed;
    }
    this.alpha = new double[topics];
    for (int k = 0; k < topics; k++) {
      alpha[k] = model.alpha(k);
    }
    this.beta = model.beta();
    this.betaSum = beta * types;
    this.alphabet = new Alphabet(types);
    for (String word : words) {
      alphabet.lookupIndex(word, true);
    }
    if (alphabet.size() != types) {
      throw new IllegalArgumentException(words.size() + " words for a model of " + types + " word types");
    }
    this.settings = settings;
  }

  /** A sampler for one thread: MALLET's inferencer keeps per-document scratch state. */
  public Sampler sampler() {
    return new Sampler(new TopicInferencer(typeTopicCounts, tokensPerTopic, alphabet, alpha, beta, betaSum));
  }

  /** Samples papers one at a time; not thread-safe, use one per thread. */
  public final class Sampler {
    private final TopicInferencer inferencer;

    private Sampler(TopicInferencer inferencer) {
      this.inferencer = inferencer;
    }

    /** The topic proportions of a paper given as vocabulary ids, averaged over the kept samples. */
    public double[] proportions(String id, int[] words) {
      inferencer.setRandomSeed(seedOf(id));
      Instance instance = new Instance(new FeatureSequence(alphabet, words), null, id, null);
      return inferencer.getSampledDistribution(instance, settings.iterations(), settings.thinning(),
          settings.burnIn());
    }

    private int seedOf(String id) {
      long h = settings.seed() * 0x9E3779B97F4A7C15L;
      for (int i = 0; i < id.length(); i++) {
        h = (h ^ id.charAt(i)) * 0x100000001B3L;
      }
      h ^= h >>> 33;
      h *= 0xFF51AFD7ED558CCDL;
      h ^= h >>> 33;
      return (int) h;
    }
  }
}
