package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.PrimitiveLongCodec;
import java.nio.ByteBuffer;

/** {@code bigint} and {@code counter} as {@code Long}: 8 bytes, two's complement. */
public final class BigintCodec implements PrimitiveLongCodec {
  /** The codec of {@code bigint}. */
  public static final BigintCodec BIGINT = new BigintCodec(DataTypes.BIGINT);

  /** The codec of {@code counter}. */
  public static final BigintCodec COUNTER = new BigintCodec(DataTypes.COUNTER);

  private final DataType cqlType;

  private BigintCodec(DataType cqlType) {
    this.cqlType = cqlType;
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<Long> javaType() {
    return GenericType.LONG;
  }

  @Override
  public ByteBuffer encodeLong(long value) {
    ByteBuffer bytes = ByteBuffer.allocate(8);
    bytes.putLong(0, value);
    return bytes;
  }

  @Override
  public long decodeLong(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return 0L;
    }
    Buffers.checkSize(cqlType, 8, bytes);
    return bytes.getLong(bytes.position());
  }

  @Override
  public String format(Long value) {
    return value == null ? "NULL" : value.toString();
  }

  @Override
  public Long parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    try {
      return Long.parseLong(literal.trim());
    } catch (NumberFormatException e) {
      throw Literals.invalid(cqlType, literal, "not a 64-bit integer");
    }
  }
}
