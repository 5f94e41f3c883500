package io.sibyl.driver.type.codec;

import java.nio.ByteBuffer;

/**
 * A codec whose Java type is {@code boolean}, with methods that never box, for hot code such as row
 * getters and generated mappers.
 */
public interface PrimitiveBooleanCodec extends TypeCodec<Boolean> {

  /** Serializes a value without boxing; never returns null. */
  ByteBuffer encodeBoolean(boolean value);

  /**
   * Deserializes a value without boxing, leaving the buffer's position unchanged.
   *
   * @return the value, or {@code false} when {@code bytes} is null or empty (a CQL null)
   * @throws io.sibyl.driver.error.CodecException if the buffer does not hold exactly 1 byte
   */
  boolean decodeBoolean(ByteBuffer bytes);

  @Override
  default ByteBuffer encode(Boolean value) {
    return value == null ? null : encodeBoolean(value);
  }

  @Override
  default Boolean decode(ByteBuffer bytes) {
    return bytes == null || !bytes.hasRemaining() ? null : decodeBoolean(bytes);
  }
}
