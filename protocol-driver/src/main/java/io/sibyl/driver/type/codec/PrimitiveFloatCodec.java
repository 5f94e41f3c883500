package io.sibyl.driver.type.codec;

import java.nio.ByteBuffer;

/**
 * A codec whose Java type is {@code float}, with methods that never box, for hot code such as row
 * getters and generated mappers.
 */
public interface PrimitiveFloatCodec extends TypeCodec<Float> {

  /** Serializes a value without boxing; never returns null. */
  ByteBuffer encodeFloat(float value);

  /**
   * Deserializes a value without boxing, leaving the buffer's position unchanged.
   *
   * @return the value, or {@code 0} when {@code bytes} is null or empty (a CQL null)
   * @throws io.sibyl.driver.error.CodecException if the buffer does not hold exactly 4 bytes
   */
  float decodeFloat(ByteBuffer bytes);

  @Override
  default ByteBuffer encode(Float value) {
    return value == null ? null : encodeFloat(value);
  }

  @Override
  default Float decode(ByteBuffer bytes) {
    return bytes == null || !bytes.hasRemaining() ? null : decodeFloat(bytes);
  }
}
