package io.sibyl.driver.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.HexFormat;

/** Helpers for codec tests: hex in and out, and round trips through a buffer that is not at 0. */
final class CodecTesting {
  private CodecTesting() {}

  /** The bytes of a hex string such as {@code "0000002a"} (a leading 0x is allowed). */
  static ByteBuffer bytes(String hex) {
    String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
    return ByteBuffer.wrap(HexFormat.of().parseHex(digits));
  }

  /** The remaining bytes as hex, without moving the position. */
  static String hex(ByteBuffer buffer) {
    byte[] array = new byte[buffer.remaining()];
    buffer.duplicate().get(array);
    return HexFormat.of().formatHex(array);
  }

  /**
   * Encodes, then decodes from a copy that sits in the middle of a larger array (so codecs that
   * ignore the position or array offset fail), checking that decode leaves the position alone.
   */
  static <T> T roundTrip(TypeCodec<T> codec, T value) {
    ByteBuffer encoded = codec.encode(value);
    if (encoded == null) {
      return codec.decode(null);
    }
    ByteBuffer embedded = embed(encoded);
    int position = embedded.position();
    T decoded = codec.decode(embedded);
    assertThat(embedded.position()).as("decode must not move the position").isEqualTo(position);
    return decoded;
  }

  /** A copy of the remaining bytes placed after 3 junk bytes and before 2, as a slice-less view. */
  static ByteBuffer embed(ByteBuffer bytes) {
    int length = bytes.remaining();
    ByteBuffer larger = ByteBuffer.allocate(length + 5);
    larger.put(new byte[] {9, 9, 9});
    larger.put(bytes.duplicate());
    larger.put(new byte[] {7, 7});
    larger.position(3).limit(3 + length);
    return larger;
  }
}
