package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.PrimitiveByteCodec;
import java.nio.ByteBuffer;

/** {@code tinyint} as {@code Byte}: 1 byte, two's complement. */
public final class TinyintCodec implements PrimitiveByteCodec {
  /** The shared instance. */
  public static final TinyintCodec INSTANCE = new TinyintCodec();

  private TinyintCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.TINYINT;
  }

  @Override
  public GenericType<Byte> javaType() {
    return GenericType.BYTE;
  }

  @Override
  public ByteBuffer encodeByte(byte value) {
    ByteBuffer bytes = ByteBuffer.allocate(1);
    bytes.put(0, value);
    return bytes;
  }

  @Override
  public byte decodeByte(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return 0;
    }
    Buffers.checkSize(DataTypes.TINYINT, 1, bytes);
    return bytes.get(bytes.position());
  }

  @Override
  public String format(Byte value) {
    return value == null ? "NULL" : value.toString();
  }

  @Override
  public Byte parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    try {
      return Byte.parseByte(literal.trim());
    } catch (NumberFormatException e) {
      throw Literals.invalid(DataTypes.TINYINT, literal, "not an 8-bit integer");
    }
  }
}
