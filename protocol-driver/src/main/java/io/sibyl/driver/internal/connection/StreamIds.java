package io.sibyl.driver.internal.connection;

/**
 * Allocates the stream ids of one connection. Confined to the connection's event loop, so it takes
 * no lock: a bit set over 64-bit words, searched from a rotating hint.
 */
final class StreamIds {
  private final long[] free;
  private final int capacity;
  private int inUse;
  private int hint;

  StreamIds(int capacity) {
    if (capacity <= 0 || capacity > 32768 || capacity % 64 != 0) {
      throw new IllegalArgumentException("capacity must be a multiple of 64 in 64..32768");
    }
    this.capacity = capacity;
    this.free = new long[capacity / 64];
    java.util.Arrays.fill(free, -1L);
  }

  /** Returns a free id and marks it used, or -1 when all are in use. */
  int acquire() {
    if (inUse == capacity) {
      return -1;
    }
    for (int n = 0; n < free.length; n++) {
      int word = (hint + n) % free.length;
      long bits = free[word];
      if (bits != 0) {
        int bit = Long.numberOfTrailingZeros(bits);
        free[word] = bits & ~(1L << bit);
        inUse++;
        hint = word;
        return word * 64 + bit;
      }
    }
    throw new AssertionError("inUse < capacity but no free bit");
  }

  /** Marks {@code id} free again. Releasing a free id is a bug and throws. */
  void release(int id) {
    int word = id >>> 6;
    long mask = 1L << (id & 63);
    if ((free[word] & mask) != 0) {
      throw new IllegalStateException("Stream id " + id + " released twice");
    }
    free[word] |= mask;
    inUse--;
  }

  /** How many ids are in use. */
  int inUse() {
    return inUse;
  }

  int capacity() {
    return capacity;
  }
}
