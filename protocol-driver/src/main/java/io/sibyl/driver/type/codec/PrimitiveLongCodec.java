package io.sibyl.driver.type.codec;

import java.nio.ByteBuffer;

/**
 * A codec whose Java type is {@code long}, with methods that never box, for hot code such as row
 * getters and generated mappers.
 */
public interface PrimitiveLongCodec extends TypeCodec<Long> {

  /** Serializes a value without boxing; never returns null. */
  ByteBuffer encodeLong(long value);

  /**
   * Deserializes a value without boxing, leaving the buffer's position unchanged.
   *
   * @return the value, or {@code 0} when {@code bytes} is null or empty (a CQL null)
   * @throws io.sibyl.driver.error.CodecException if the buffer does not hold exactly 8 bytes
   */
  long decodeLong(ByteBuffer bytes);

  @Override
  default ByteBuffer encode(Long value) {
    return value == null ? null : encodeLong(value);
  }

  @Override
  default Long decode(ByteBuffer bytes) {
    return bytes == null || !bytes.hasRemaining() ? null : decodeLong(bytes);
  }
}
