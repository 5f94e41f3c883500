package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import java.nio.ByteBuffer;

/** Small helpers over {@link ByteBuffer}s, none of which move the source buffer's position. */
final class Buffers {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Buffers() {}

  /** Fails unless the buffer holds exactly {@code expected} bytes. */
  static void checkSize(DataType type, int expected, ByteBuffer bytes) {
    if (bytes.remaining() != expected) {
      throw CodecException.wrongSize(type, expected, bytes.remaining());
    }
  }

  /** A copy of the remaining bytes as an array. */
  static byte[] toArray(ByteBuffer bytes) {
    byte[] array = new byte[bytes.remaining()];
    bytes.duplicate().get(array);
    return array;
  }

  /** A heap copy of the remaining bytes, positioned at 0. */
  static ByteBuffer copy(ByteBuffer bytes) {
    return ByteBuffer.wrap(toArray(bytes));
  }

  /** The remaining bytes as a CQL blob literal, {@code 0x} followed by lower-case hex. */
  static String toHexLiteral(ByteBuffer bytes) {
    int start = bytes.position();
    int length = bytes.remaining();
    char[] chars = new char[2 + 2 * length];
    chars[0] = '0';
    chars[1] = 'x';
    for (int i = 0; i < length; i++) {
      int b = bytes.get(start + i) & 0xFF;
      chars[2 + 2 * i] = HEX[b >>> 4];
      chars[3 + 2 * i] = HEX[b & 0xF];
    }
    return new String(chars);
  }

  /** Parses a blob literal ({@code 0x} and an even number of hex digits). */
  static ByteBuffer fromHexLiteral(String literal, DataType type) {
    String text = literal.trim();
    if (text.length() < 2
        || text.charAt(0) != '0'
        || Character.toLowerCase(text.charAt(1)) != 'x') {
      throw Literals.invalid(type, literal, "a blob literal starts with 0x");
    }
    int digits = text.length() - 2;
    if (digits % 2 != 0) {
      throw Literals.invalid(type, literal, "it has an odd number of hex digits");
    }
    byte[] bytes = new byte[digits / 2];
    for (int i = 0; i < bytes.length; i++) {
      int high = Character.digit(text.charAt(2 + 2 * i), 16);
      int low = Character.digit(text.charAt(3 + 2 * i), 16);
      if (high < 0 || low < 0) {
        throw Literals.invalid(type, literal, "it contains a character that is not a hex digit");
      }
      bytes[i] = (byte) (high << 4 | low);
    }
    return ByteBuffer.wrap(bytes);
  }
}
