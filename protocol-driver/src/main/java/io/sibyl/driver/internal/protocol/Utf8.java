package io.sibyl.driver.internal.protocol;

/**
 * UTF-8 encoding of a String straight into a given array, without the intermediate {@code byte[]}
 * of {@link String#getBytes}. Gives the same bytes as {@code getBytes(UTF_8)}: a lone surrogate is
 * replaced by {@code '?'}.
 */
final class Utf8 {
  private Utf8() {}

  /** The number of bytes {@link #encode} writes for {@code value}. */
  static int encodedLength(String value) {
    int length = value.length();
    int bytes = length;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (c < 0x800) {
        bytes += 1;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        bytes += 2; // 4 bytes for 2 chars
        i++;
      } else if (Character.isSurrogate(c)) {
        // a lone surrogate: one '?'
      } else {
        bytes += 2;
      }
    }
    return bytes;
  }

  /**
   * Writes {@code value} in UTF-8 at {@code at}; the array must have {@link #encodedLength} bytes
   * of room there.
   */
  static void encode(String value, byte[] to, int at) {
    int length = value.length();
    int out = at;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        to[out++] = (byte) c;
      } else if (c < 0x800) {
        to[out++] = (byte) (0xC0 | (c >> 6));
        to[out++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        to[out++] = (byte) (0xF0 | (cp >> 18));
        to[out++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        to[out++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        to[out++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        to[out++] = (byte) '?';
      } else {
        to[out++] = (byte) (0xE0 | (c >> 12));
        to[out++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        to[out++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }
}
