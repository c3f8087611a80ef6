package dev.landscape.themes;

import java.util.Arrays;

/**
 * Feature rows of the papers in compressed sparse row form: row {@code d} is {@code index[start[d]..start[d+1])}
 * (ascending feature numbers from 0) with the matching {@code value}s. Floats: a million papers of a hundred
 * features take under a gigabyte.
 */
record SparseRows(int features, int[] start, int[] index, float[] value) {
  int rows() {
    return start.length - 1;
  }

  /** The dot product of row {@code d} with {@code weights}, plus {@code weights[features]} (the bias). */
  double dot(int d, double[] weights) {
    double sum = weights[features];
    for (int i = start[d]; i < start[d + 1]; i++) {
      sum += weights[index[i]] * value[i];
    }
    return sum;
  }

  /** Builds rows one at a time. */
  static final class Builder {
    private final int features;
    private int[] start = new int[1024];
    private int[] index = new int[1 << 16];
    private float[] value = new float[1 << 16];
    private int rows;
    private int size;

    Builder(int features) {
      this.features = features;
    }

    /** Adds a row of {@code n} entries from {@code idx} (ascending) and {@code val}. */
    void add(int[] idx, float[] val, int n) {
      if (rows + 2 > start.length) {
        start = Arrays.copyOf(start, start.length * 2);
      }
      if (size + n > index.length) {
        int capacity = Math.max(size + n, index.length * 2);
        index = Arrays.copyOf(index, capacity);
        value = Arrays.copyOf(value, capacity);
      }
      System.arraycopy(idx, 0, index, size, n);
      System.arraycopy(val, 0, value, size, n);
      size += n;
      start[++rows] = size;
    }

    SparseRows build() {
      return new SparseRows(features, Arrays.copyOf(start, rows + 1), Arrays.copyOf(index, size),
          Arrays.copyOf(value, size));
    }
  }
}
