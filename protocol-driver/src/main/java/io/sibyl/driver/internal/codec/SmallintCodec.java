package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.PrimitiveShortCodec;
import java.nio.ByteBuffer;

/** {@code smallint} as {@code Short}: 2 bytes, two's complement. */
public final class SmallintCodec implements PrimitiveShortCodec {
  /** The shared instance. */
  public static final SmallintCodec INSTANCE = new SmallintCodec();

  private SmallintCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.SMALLINT;
  }

  @Override
  public GenericType<Short> javaType() {
    return GenericType.SHORT;
  }

  @Override
  public ByteBuffer encodeShort(short value) {
    ByteBuffer bytes = ByteBuffer.allocate(2);
    bytes.putShort(0, value);
    return bytes;
  }

  @Override
  public short decodeShort(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return 0;
    }
    Buffers.checkSize(DataTypes.SMALLINT, 2, bytes);
    return bytes.getShort(bytes.position());
  }

  @Override
  public String format(Short value) {
    return value == null ? "NULL" : value.toString();
  }

  @Override
  public Short parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    try {
      return Short.parseShort(literal.trim());
    } catch (NumberFormatException e) {
      throw Literals.invalid(DataTypes.SMALLINT, literal, "not a 16-bit integer");
    }
  }
}
