package io.sibyl.driver.internal.cluster;

import java.nio.ByteBuffer;

/**
 * The token function of Cassandra's Murmur3Partitioner: the first 64 bits of MurmurHash3 x64/128
 * with seed 0, as Cassandra computes it — including its quirk of sign-extending the bytes of the
 * last, partial block — with {@code Long.MIN_VALUE} mapped to {@code Long.MAX_VALUE}.
 */
final class Murmur3 {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private Murmur3() {}

  static long token(ByteBuffer key) {
    long hash = hash64(key, key.position(), key.remaining());
    return hash == Long.MIN_VALUE ? Long.MAX_VALUE : hash;
  }

  @SuppressWarnings("fallthrough")
  private static long hash64(ByteBuffer key, int offset, int length) {
    int blocks = length >> 4;
    long h1 = 0;
    long h2 = 0;
    for (int i = 0; i < blocks; i++) {
      long k1 = block(key, offset + i * 16);
      long k2 = block(key, offset + i * 16 + 8);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    int tail = offset + blocks * 16;
    long k1 = 0;
    long k2 = 0;
    // Sign-extended bytes, as Cassandra does (its tokens depend on it).
    switch (length & 15) {
      case 15:
        k2 ^= ((long) key.get(tail + 14)) << 48;
      case 14:
        k2 ^= ((long) key.get(tail + 13)) << 40;
      case 13:
        k2 ^= ((long) key.get(tail + 12)) << 32;
      case 12:
        k2 ^= ((long) key.get(tail + 11)) << 24;
      case 11:
        k2 ^= ((long) key.get(tail + 10)) << 16;
      case 10:
        k2 ^= ((long) key.get(tail + 9)) << 8;
      case 9:
        k2 ^= key.get(tail + 8);
        h2 ^= mixK2(k2);
      case 8:
        k1 ^= ((long) key.get(tail + 7)) << 56;
      case 7:
        k1 ^= ((long) key.get(tail + 6)) << 48;
      case 6:
        k1 ^= ((long) key.get(tail + 5)) << 40;
      case 5:
        k1 ^= ((long) key.get(tail + 4)) << 32;
      case 4:
        k1 ^= ((long) key.get(tail + 3)) << 24;
      case 3:
        k1 ^= ((long) key.get(tail + 2)) << 16;
      case 2:
        k1 ^= ((long) key.get(tail + 1)) << 8;
      case 1:
        k1 ^= key.get(tail);
        h1 ^= mixK1(k1);
      default:
        break;
    }
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    return h1;
  }

  private static long block(ByteBuffer key, int at) {
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = (value << 8) | (key.get(at + i) & 0xFFL);
    }
    return value;
  }

  private static long mixK1(long k1) {
    return Long.rotateLeft(k1 * C1, 31) * C2;
  }

  private static long mixK2(long k2) {
    return Long.rotateLeft(k2 * C2, 33) * C1;
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
