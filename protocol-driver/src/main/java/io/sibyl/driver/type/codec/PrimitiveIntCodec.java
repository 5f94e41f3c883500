package io.sibyl.driver.type.codec;

import java.nio.ByteBuffer;

/**
 * A codec whose Java type is {@code int}, with methods that never box, for hot code such as row
 * getters and generated mappers.
 */
public interface PrimitiveIntCodec extends TypeCodec<Integer> {

  /** Serializes a value without boxing; never returns null. */
  ByteBuffer encodeInt(int value);

  /**
   * Deserializes a value without boxing, leaving the buffer's position unchanged.
   *
   * @return the value, or {@code 0} when {@code bytes} is null or empty (a CQL null)
   * @throws io.sibyl.driver.error.CodecException if the buffer does not hold exactly 4 bytes
   */
  int decodeInt(ByteBuffer bytes);

  @Override
  default ByteBuffer encode(Integer value) {
    return value == null ? null : encodeInt(value);
  }

  @Override
  default Integer decode(ByteBuffer bytes) {
    return bytes == null || !bytes.hasRemaining() ? null : decodeInt(bytes);
  }
}
