package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.PrimitiveFloatCodec;
import java.nio.ByteBuffer;

/** {@code float}: 4 bytes, IEEE 754 binary32; NaN, infinities and -0.0f round-trip. */
public final class FloatCodec implements PrimitiveFloatCodec {
  /** The shared instance. */
  public static final FloatCodec INSTANCE = new FloatCodec();

  private FloatCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.FLOAT;
  }

  @Override
  public GenericType<Float> javaType() {
    return GenericType.FLOAT;
  }

  @Override
  public ByteBuffer encodeFloat(float value) {
    ByteBuffer bytes = ByteBuffer.allocate(4);
    bytes.putFloat(0, value);
    return bytes;
  }

  @Override
  public float decodeFloat(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return 0.0f;
    }
    Buffers.checkSize(DataTypes.FLOAT, 4, bytes);
    return bytes.getFloat(bytes.position());
  }

  @Override
  public String format(Float value) {
    return value == null ? "NULL" : value.toString();
  }

  @Override
  public Float parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    try {
      return Float.parseFloat(literal.trim());
    } catch (NumberFormatException e) {
      throw Literals.invalid(DataTypes.FLOAT, literal, "not a number");
    }
  }
}
