package io.sibyl.driver.type.codec;

import java.nio.ByteBuffer;

/**
 * A codec whose Java type is {@code double}, with methods that never box, for hot code such as row
 * getters and generated mappers.
 */
public interface PrimitiveDoubleCodec extends TypeCodec<Double> {

  /** Serializes a value without boxing; never returns null. */
  ByteBuffer encodeDouble(double value);

  /**
   * Deserializes a value without boxing, leaving the buffer's position unchanged.
   *
   * @return the value, or {@code 0} when {@code bytes} is null or empty (a CQL null)
   * @throws io.sibyl.driver.error.CodecException if the buffer does not hold exactly 8 bytes
   */
  double decodeDouble(ByteBuffer bytes);

  @Override
  default ByteBuffer encode(Double value) {
    return value == null ? null : encodeDouble(value);
  }

  @Override
  default Double decode(ByteBuffer bytes) {
    return bytes == null || !bytes.hasRemaining() ? null : decodeDouble(bytes);
  }
}
