package dev.landscape.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One tokenizing thread's own table of surface forms: finds a token's local id straight from the characters, so
 * that a form seen before costs a hash probe and no string. A new form gets the next local id and is reported once
 * (as a string) through {@link #drainNew()}, so the thread that merges batches can map local ids to corpus ids
 * without ever reading this table. Used by one thread only.
 */
final class TokenTable {
  private int[] slots = new int[1 << 16]; // local id + 1, 0 = empty
  private int[] hashes = new int[1 << 12];
  private int[] offsets = new int[1 << 12];
  private int[] lengths = new int[1 << 12];
  private char[] arena = new char[1 << 16];
  private int arenaUsed;
  private int size;
  private final List<String> fresh = new ArrayList<>();

  /** The local id of {@code chars[start, end)}, added if new. */
  int idOf(char[] chars, int start, int end) {
    int length = end - start;
    int hash = 1;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    while (slots[slot] != 0) {
      int id = slots[slot] - 1;
      if (hashes[id] == hash && lengths[id] == length
          && Arrays.equals(arena, offsets[id], offsets[id] + length, chars, start, end)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    return add(chars, start, length, hash, slot);
  }

  private int add(char[] chars, int start, int length, int hash, int slot) {
    int id = size++;
    if (id == hashes.length) {
      hashes = Arrays.copyOf(hashes, id * 2);
      offsets = Arrays.copyOf(offsets, id * 2);
      lengths = Arrays.copyOf(lengths, id * 2);
    }
    if (arenaUsed + length > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + length));
    }
    System.arraycopy(chars, start, arena, arenaUsed, length);
    hashes[id] = hash;
    offsets[id] = arenaUsed;
    lengths[id] = length;
    arenaUsed += length;
    slots[slot] = id + 1;
    fresh.add(new String(chars, start, length));
    if (size * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = mix(hashes[id]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id + 1;
    }
  }

  /** The forms added since the last call, in local-id order; their ids follow those drained before. */
  List<String> drainNew() {
    List<String> drained = List.copyOf(fresh);
    fresh.clear();
    return drained;
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 16) * 0x45d9f3b;
  }
}
