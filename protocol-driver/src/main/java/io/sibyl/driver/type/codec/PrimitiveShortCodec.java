package io.sibyl.driver.type.codec;

import java.nio.ByteBuffer;

/**
 * A codec whose Java type is {@code short}, with methods that never box, for hot code such as row
 * getters and generated mappers.
 */
public interface PrimitiveShortCodec extends TypeCodec<Short> {

  /** Serializes a value without boxing; never returns null. */
  ByteBuffer encodeShort(short value);

  /**
   * Deserializes a value without boxing, leaving the buffer's position unchanged.
   *
   * @return the value, or {@code 0} when {@code bytes} is null or empty (a CQL null)
   * @throws io.sibyl.driver.error.CodecException if the buffer does not hold exactly 2 bytes
   */
  short decodeShort(ByteBuffer bytes);

  @Override
  default ByteBuffer encode(Short value) {
    return value == null ? null : encodeShort(value);
  }

  @Override
  default Short decode(ByteBuffer bytes) {
    return bytes == null || !bytes.hasRemaining() ? null : decodeShort(bytes);
  }
}
