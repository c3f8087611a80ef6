package dev.landscape.sample;

import java.nio.charset.StandardCharsets;

/**
 * A paper's place in the seeded draw: a 64-bit hash of the seed and the id's UTF-8 bytes (FNV-1a, then a
 * finalizer so that ids that differ in one character land far apart). Java's own {@code String.hashCode} is not
 * used: it is 32 bits and collides on short ids.
 */
public final class SampleHash {
  private SampleHash() {}

  /** The hash of {@code id} under {@code seed}: smaller is drawn first. */
  public static long of(int seed, String id) {
    long h = 0xCBF29CE484222325L ^ (seed * 0x9E3779B97F4A7C15L);
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xFF)) * 0x100000001B3L;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
