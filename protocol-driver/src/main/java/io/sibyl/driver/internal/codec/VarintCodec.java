package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/** {@code varint} as {@link BigInteger}: the shortest big-endian two's complement bytes. */
public final class VarintCodec implements TypeCodec<BigInteger> {
  /** The shared instance. */
  public static final VarintCodec INSTANCE = new VarintCodec();

  private VarintCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.VARINT;
  }

  @Override
  public GenericType<BigInteger> javaType() {
    return GenericType.BIG_INTEGER;
  }

  @Override
  public ByteBuffer encode(BigInteger value) {
    return value == null ? null : ByteBuffer.wrap(value.toByteArray());
  }

  @Override
  public BigInteger decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    return new BigInteger(Buffers.toArray(bytes));
  }

  @Override
  public String format(BigInteger value) {
    return value == null ? "NULL" : value.toString();
  }

  @Override
  public BigInteger parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    try {
      return new BigInteger(literal.trim());
    } catch (NumberFormatException e) {
      throw Literals.invalid(DataTypes.VARINT, literal, "not an integer");
    }
  }

  /** Fails on an empty unscaled value, which two's complement cannot express. */
  static BigInteger decodeUnscaled(ByteBuffer bytes, DataType type) {
    if (!bytes.hasRemaining()) {
      throw new CodecException(
          "Invalid " + type.asCql() + " value: the varint part is empty (at least 1 byte needed)");
    }
    return new BigInteger(Buffers.toArray(bytes));
  }
}
