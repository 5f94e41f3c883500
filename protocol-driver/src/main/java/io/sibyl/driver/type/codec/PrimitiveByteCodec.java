package io.sibyl.driver.type.codec;

import java.nio.ByteBuffer;

/**
 * A codec whose Java type is {@code byte}, with methods that never box, for hot code such as row
 * getters and generated mappers.
 */
public interface PrimitiveByteCodec extends TypeCodec<Byte> {

  /** Serializes a value without boxing; never returns null. */
  ByteBuffer encodeByte(byte value);

  /**
   * Deserializes a value without boxing, leaving the buffer's position unchanged.
   *
   * @return the value, or {@code 0} when {@code bytes} is null or empty (a CQL null)
   * @throws io.sibyl.driver.error.CodecException if the buffer does not hold exactly 1 byte
   */
  byte decodeByte(ByteBuffer bytes);

  @Override
  default ByteBuffer encode(Byte value) {
    return value == null ? null : encodeByte(value);
  }

  @Override
  default Byte decode(ByteBuffer bytes) {
    return bytes == null || !bytes.hasRemaining() ? null : decodeByte(bytes);
  }
}
