package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;

/**
 * {@code blob} as {@code byte[]}. Encoding wraps the array without copying it: do not change it
 * until the statement has been executed.
 */
public final class ByteArrayCodec implements TypeCodec<byte[]> {
  /** The shared instance. */
  public static final ByteArrayCodec INSTANCE = new ByteArrayCodec();

  private ByteArrayCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.BLOB;
  }

  @Override
  public GenericType<byte[]> javaType() {
    return GenericType.BYTE_ARRAY;
  }

  @Override
  public ByteBuffer encode(byte[] value) {
    return value == null ? null : ByteBuffer.wrap(value);
  }

  @Override
  public byte[] decode(ByteBuffer bytes) {
    return bytes == null ? null : Buffers.toArray(bytes);
  }

  @Override
  public String format(byte[] value) {
    return value == null ? "NULL" : Buffers.toHexLiteral(ByteBuffer.wrap(value));
  }

  @Override
  public byte[] parse(String literal) {
    return Literals.isNull(literal)
        ? null
        : Buffers.fromHexLiteral(literal, DataTypes.BLOB).array();
  }
}
