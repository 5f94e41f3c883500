package io.sibyl.driver.internal.protocol;

import io.netty.buffer.ByteBuf;

/**
 * The CRC24 that protects v5 outer frame headers: initial value 0x875060, polynomial 0x1974F0B,
 * bytes taken in wire order, most significant bit first, no final xor.
 */
public final class Crc24 {
  private Crc24() {}

  /** The initial value of the register. */
  public static final int INIT = 0x875060;

  /** The generator polynomial (with its x^24 term). */
  public static final int POLY = 0x1974F0B;

  private static final int[] TABLE = new int[256];

  static {
    for (int b = 0; b < 256; b++) {
      int crc = b << 16;
      for (int bit = 0; bit < 8; bit++) {
        crc <<= 1;
        if ((crc & 0x1000000) != 0) {
          crc ^= POLY;
        }
      }
      TABLE[b] = crc;
    }
  }

  /**
   * The CRC24 of the low {@code length} bytes of {@code littleEndianBytes}, least significant byte
   * first (the order in which a little-endian header puts them on the wire).
   */
  public static int compute(long littleEndianBytes, int length) {
    int crc = INIT;
    for (int i = 0; i < length; i++) {
      crc = update(crc, (int) (littleEndianBytes >>> (8 * i)) & 0xFF);
    }
    return crc;
  }

  /** The CRC24 of {@code length} bytes of {@code buf} from {@code index}. */
  public static int compute(ByteBuf buf, int index, int length) {
    int crc = INIT;
    for (int i = 0; i < length; i++) {
      crc = update(crc, buf.getUnsignedByte(index + i));
    }
    return crc;
  }

  private static int update(int crc, int b) {
    return ((crc << 8) & 0xFFFFFF) ^ TABLE[((crc >>> 16) ^ b) & 0xFF];
  }
}
