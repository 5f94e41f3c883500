package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/** {@code decimal} as {@link BigDecimal}: an int scale, then the unscaled value as a varint. */
public final class DecimalCodec implements TypeCodec<BigDecimal> {
  /** The shared instance. */
  public static final DecimalCodec INSTANCE = new DecimalCodec();

  private DecimalCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.DECIMAL;
  }

  @Override
  public GenericType<BigDecimal> javaType() {
    return GenericType.BIG_DECIMAL;
  }

  @Override
  public ByteBuffer encode(BigDecimal value) {
    if (value == null) {
      return null;
    }
    byte[] unscaled = value.unscaledValue().toByteArray();
    ByteBuffer bytes = ByteBuffer.allocate(4 + unscaled.length);
    bytes.putInt(value.scale());
    bytes.put(unscaled);
    return bytes.flip();
  }

  @Override
  public BigDecimal decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    if (bytes.remaining() < 5) {
      throw new CodecException(
          "Invalid decimal value: expected at least 5 bytes (scale and unscaled value) but got "
              + bytes.remaining()
              + ". The bytes do not match the type.");
    }
    int scale = bytes.getInt(bytes.position());
    ByteBuffer unscaled = bytes.duplicate();
    unscaled.position(bytes.position() + 4);
    BigInteger value = VarintCodec.decodeUnscaled(unscaled, DataTypes.DECIMAL);
    return new BigDecimal(value, scale);
  }

  @Override
  public String format(BigDecimal value) {
    return value == null ? "NULL" : value.toString();
  }

  @Override
  public BigDecimal parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    try {
      return new BigDecimal(literal.trim());
    } catch (NumberFormatException e) {
      throw Literals.invalid(DataTypes.DECIMAL, literal, "not a decimal number");
    }
  }
}
