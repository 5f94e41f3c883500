package io.sibyl.driver.internal.codec;

import java.nio.ByteBuffer;

/**
 * The protocol's variable-length integers: {@code [unsigned vint]} puts as many leading one bits in
 * the first byte as there are extra bytes, then the value's bits, most significant first; a {@code
 * [vint]} is zig-zag encoded first.
 */
final class VInts {
  private VInts() {}

  /** The encoded size of an unsigned vint, from 1 to 9 bytes. */
  static int unsignedSize(long value) {
    int bits = 64 - Long.numberOfLeadingZeros(value);
    if (bits > 56) {
      return 9;
    }
    return Math.max(1, (bits + 6) / 7);
  }

  /** The encoded size of a signed vint. */
  static int signedSize(long value) {
    return unsignedSize(zigZag(value));
  }

  /** Writes an unsigned vint at the buffer's position, advancing it. */
  static void writeUnsigned(ByteBuffer target, long value) {
    int size = unsignedSize(value);
    if (size == 9) {
      target.put((byte) 0xFF);
      target.putLong(value);
      return;
    }
    int extraBytes = size - 1;
    int firstByte = (int) (value >>> (8 * extraBytes)) | (~(0xFF >> extraBytes) & 0xFF);
    target.put((byte) firstByte);
    for (int i = extraBytes - 1; i >= 0; i--) {
      target.put((byte) (value >>> (8 * i)));
    }
  }

  /** Writes a signed (zig-zag) vint at the buffer's position, advancing it. */
  static void writeSigned(ByteBuffer target, long value) {
    writeUnsigned(target, zigZag(value));
  }

  private static long zigZag(long value) {
    return (value >> 63) ^ (value << 1);
  }
}
