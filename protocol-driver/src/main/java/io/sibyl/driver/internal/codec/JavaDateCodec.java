package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.Date;

/** {@code timestamp} as the legacy {@link java.util.Date}. */
public final class JavaDateCodec implements TypeCodec<Date> {
  /** The shared instance. */
  public static final JavaDateCodec INSTANCE = new JavaDateCodec();

  private JavaDateCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.TIMESTAMP;
  }

  @Override
  public GenericType<Date> javaType() {
    return GenericType.DATE;
  }

  @Override
  public ByteBuffer encode(Date value) {
    return value == null ? null : Timestamps.encode(value.getTime());
  }

  @Override
  public Date decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    return new Date(Timestamps.decode(bytes));
  }

  @Override
  public String format(Date value) {
    return value == null ? "NULL" : Timestamps.format(value.getTime());
  }

  @Override
  public Date parse(String literal) {
    return Literals.isNull(literal) ? null : new Date(Timestamps.parse(literal));
  }
}
