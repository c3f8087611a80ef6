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
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % ONE_IN == 0;
  }

  /** The papers to train on. */
  public static PreparedCorpus training(PreparedCorpus corpus) {
    return corpus.subset(p -> !isHeldOut(p.id()));
  }

  /** The held-out papers as token ids. */
  public static List<int[]> heldOut(PreparedCorpus corpus) {
    List<int[]> docs = new ArrayList<>();
    for (int d = 0; d < corpus.papers().size(); d++) {
      PaperInfo paper = corpus.papers().get(d);
      if (isHeldOut(paper.id())) {
        docs.add(corpus.tokens().tokens(d));
      }
    }
    return docs;
  }
}
