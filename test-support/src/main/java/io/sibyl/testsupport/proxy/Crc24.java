package io.sibyl.testsupport.proxy;

/**
 * The CRC24 of v5 segment headers (native protocol v5, section 2.1): initial value 0x875060,
 * polynomial 0x1974F0B, the header's bytes taken least significant first.
 */
final class Crc24 {
  private static final int INITIAL = 0x875060;
  private static final int POLYNOMIAL = 0x1974F0B;

  private Crc24() {}

  /** The CRC of the {@code length} low bytes of {@code bytes}, lowest byte first. */
  static int of(long bytes, int length) {
    int crc = INITIAL;
    for (int i = 0; i < length; i++) {
      crc ^= (int) ((bytes >>> (8 * i)) & 0xFF) << 16;
      for (int bit = 0; bit < 8; bit++) {
        crc <<= 1;
        if ((crc & 0x1000000) != 0) {
          crc ^= POLYNOMIAL;
        }
      }
    }
    return crc & 0xFFFFFF;
  }
}
