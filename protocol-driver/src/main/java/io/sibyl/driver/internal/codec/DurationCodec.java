package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.CqlDuration;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;

/** {@code duration} as {@link CqlDuration}: three signed vints, months, days and nanoseconds. */
public final class DurationCodec implements TypeCodec<CqlDuration> {
  /** The shared instance. */
  public static final DurationCodec INSTANCE = new DurationCodec();

  private DurationCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.DURATION;
  }

  @Override
  public GenericType<CqlDuration> javaType() {
    return GenericType.CQL_DURATION;
  }

  @Override
  public ByteBuffer encode(CqlDuration value) {
    if (value == null) {
      return null;
    }
    int size =
        VInts.signedSize(value.months())
            + VInts.signedSize(value.days())
            + VInts.signedSize(value.nanoseconds());
    ByteBuffer bytes = ByteBuffer.allocate(size);
    VInts.writeSigned(bytes, value.months());
    VInts.writeSigned(bytes, value.days());
    VInts.writeSigned(bytes, value.nanoseconds());
    return bytes.flip();
  }

  @Override
  public CqlDuration decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    ByteCursor cursor = new ByteCursor(bytes, DataTypes.DURATION);
    long months = cursor.readVInt();
    long days = cursor.readVInt();
    long nanos = cursor.readVInt();
    cursor.expectEnd();
    if (months != (int) months || days != (int) days) {
      throw new CodecException(
          "Invalid duration value: months and days must be 32-bit integers, got "
              + months
              + " months and "
              + days
              + " days");
    }
    try {
      return CqlDuration.of((int) months, (int) days, nanos);
    } catch (IllegalArgumentException e) {
      throw new CodecException("Invalid duration value: " + e.getMessage(), e);
    }
  }

  @Override
  public String format(CqlDuration value) {
    return value == null ? "NULL" : value.toString();
  }

  @Override
  public CqlDuration parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    try {
      return CqlDuration.parse(Literals.unquoteIfQuoted(literal, DataTypes.DURATION));
    } catch (IllegalArgumentException e) {
      throw Literals.invalid(DataTypes.DURATION, literal, e.getMessage());
    }
  }
}
