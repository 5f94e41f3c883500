package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.PrimitiveIntCodec;
import java.nio.ByteBuffer;

/** {@code int} as {@code Integer}: 4 bytes, two's complement. */
public final class IntCodec implements PrimitiveIntCodec {
  /** The shared instance. */
  public static final IntCodec INSTANCE = new IntCodec();

  private IntCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.INT;
  }

  @Override
  public GenericType<Integer> javaType() {
    return GenericType.INTEGER;
  }

  @Override
  public ByteBuffer encodeInt(int value) {
    ByteBuffer bytes = ByteBuffer.allocate(4);
    bytes.putInt(0, value);
    return bytes;
  }

  @Override
  public int decodeInt(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return 0;
    }
    Buffers.checkSize(DataTypes.INT, 4, bytes);
    return bytes.getInt(bytes.position());
  }

  @Override
  public String format(Integer value) {
    return value == null ? "NULL" : value.toString();
  }

  @Override
  public Integer parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    try {
      return Integer.parseInt(literal.trim());
    } catch (NumberFormatException e) {
      throw Literals.invalid(DataTypes.INT, literal, "not a 32-bit integer");
    }
  }
}
