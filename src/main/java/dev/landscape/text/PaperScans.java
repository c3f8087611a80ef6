package dev.landscape.text;

import dev.landscape.corpus.Paper;
import java.util.Arrays;

/**
 * Bytes found in each paper's own text while it is read, in paper order: a fixed number per paper, so that a million
 * papers cost one array. What they mean belongs to the {@link Scanner} that wrote them.
 *
 * @param width bytes per paper
 * @param data paper {@code d}'s bytes at {@code d * width}
 */
public record PaperScans(int width, byte[] data) {
  /** The scanner that looks at nothing. */
  public static final Scanner NONE = new Scanner() {
    @Override
    public int width() {
      return 0;
    }

    @Override
    public void scan(Paper paper, byte[] out, int offset) {}
  };

  /** No bytes for {@code papers} papers. */
  public static PaperScans empty(int papers) {
    return new PaperScans(0, new byte[0]);
  }

  /** Paper {@code d}'s byte {@code i}. */
  public byte get(int d, int i) {
    return data[d * width + i];
  }

  /** Looks at one paper's text; called from several threads at once, so it must keep no state of its own. */
  public interface Scanner {
    /** Bytes written per paper. */
    int width();

    /** Writes {@link #width()} bytes about {@code paper} into {@code out} from {@code offset}. */
    void scan(Paper paper, byte[] out, int offset);
  }

  /** Collects the scans of every paper read, then keeps those of the papers modelled. */
  static final class Builder {
    private final int width;
    private byte[] read = new byte[0];
    private int readLength;
    private byte[] kept = new byte[0];
    private int keptLength;

    Builder(int width) {
      this.width = width;
    }

    void add(byte[] batch) {
      if (readLength + batch.length > read.length) {
        read = Arrays.copyOf(read, Math.max(readLength + batch.length, read.length * 2));
      }
      System.arraycopy(batch, 0, read, readLength, batch.length);
      readLength += batch.length;
    }

    /** Keeps the scan of read paper {@code d}, as the next modelled paper. */
    void keep(int d) {
      if (width == 0) {
        return;
      }
      if (keptLength + width > kept.length) {
        kept = Arrays.copyOf(kept, Math.max(keptLength + width, kept.length * 2));
      }
      System.arraycopy(read, d * width, kept, keptLength, width);
      keptLength += width;
    }

    PaperScans build() {
      return new PaperScans(width, Arrays.copyOf(kept, keptLength));
    }
  }
}
