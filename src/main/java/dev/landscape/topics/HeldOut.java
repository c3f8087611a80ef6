package dev.landscape.topics;

import dev.landscape.corpus.PaperInfo;
import dev.landscape.text.PreparedCorpus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A fixed tenth of the papers, chosen by a hash of the id, kept out of training to measure how well a model
 * predicts papers it has not seen. The same paper is always held out, whatever the order or the rest of the corpus.
 */
public final class HeldOut {
  static final int ONE_IN = 10;

  private HeldOut() {}

  /** Whether the paper with this id is held out. */
  public static boolean isHeldOut(String id) {
    return hash("", id) % ONE_IN == 0;
  }

  /**
   * Whether the paper with this id is in a sample of about {@code fraction} of the corpus: fixed for the id, and
   * independent of whether it is held out.
   */
  public static boolean inSample(String id, double fraction) {
    return fraction >= 1 || hash("sample:", id) % 1_000_000 < fraction * 1_000_000;
  }

  private static long hash(String salt, String id) {
    CRC32 crc = new CRC32();
    crc.update((salt + id).getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  /** The papers to train on, from a sample of about {@code fraction} of the corpus. */
  public static PreparedCorpus training(PreparedCorpus corpus, double fraction) {
    return corpus.subset(p -> !isHeldOut(p.id()) && inSample(p.id(), fraction));
  }

  /** The held-out papers, from a sample of about {@code fraction} of the corpus, as token ids. */
  public static List<int[]> heldOut(PreparedCorpus corpus, double fraction) {
    List<int[]> docs = new ArrayList<>();
    for (int d = 0; d < corpus.papers().size(); d++) {
      PaperInfo paper = corpus.papers().get(d);
      if (isHeldOut(paper.id()) && inSample(paper.id(), fraction)) {
        docs.add(corpus.tokens().tokens(d));
      }
    }
    return docs;
  }
}
