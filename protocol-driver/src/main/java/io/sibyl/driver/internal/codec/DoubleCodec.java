package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.PrimitiveDoubleCodec;
import java.nio.ByteBuffer;

/** {@code double}: 8 bytes, IEEE 754 binary64; NaN, infinities and -0.0 round-trip. */
public final class DoubleCodec implements PrimitiveDoubleCodec {
  /** The shared instance. */
  public static final DoubleCodec INSTANCE = new DoubleCodec();

  private DoubleCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.DOUBLE;
  }

  @Override
  public GenericType<Double> javaType() {
    return GenericType.DOUBLE;
  }

  @Override
  public ByteBuffer encodeDouble(double value) {
    ByteBuffer bytes = ByteBuffer.allocate(8);
    bytes.putDouble(0, value);
    return bytes;
  }

  @Override
  public double decodeDouble(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return 0.0;
    }
    Buffers.checkSize(DataTypes.DOUBLE, 8, bytes);
    return bytes.getDouble(bytes.position());
  }

  @Override
  public String format(Double value) {
    return value == null ? "NULL" : value.toString();
  }

  @Override
  public Double parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    try {
      return Double.parseDouble(literal.trim());
    } catch (NumberFormatException e) {
      throw Literals.invalid(DataTypes.DOUBLE, literal, "not a number");
    }
  }
}
