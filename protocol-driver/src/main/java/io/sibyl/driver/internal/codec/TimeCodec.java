package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** {@code time} as {@link LocalTime}: an 8-byte count of nanoseconds since midnight. */
public final class TimeCodec implements TypeCodec<LocalTime> {
  /** The shared instance. */
  public static final TimeCodec INSTANCE = new TimeCodec();

  private static final long NANOS_PER_DAY = 86_400_000_000_000L;

  private TimeCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.TIME;
  }

  @Override
  public GenericType<LocalTime> javaType() {
    return GenericType.LOCAL_TIME;
  }

  @Override
  public ByteBuffer encode(LocalTime value) {
    if (value == null) {
      return null;
    }
    ByteBuffer bytes = ByteBuffer.allocate(8);
    bytes.putLong(0, value.toNanoOfDay());
    return bytes;
  }

  @Override
  public LocalTime decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    Buffers.checkSize(DataTypes.TIME, 8, bytes);
    long nanos = bytes.getLong(bytes.position());
    if (nanos < 0 || nanos >= NANOS_PER_DAY) {
      throw new CodecException(
          "Invalid time value: "
              + nanos
              + " nanoseconds is not within a day (0 to 86399999999999)");
    }
    return LocalTime.ofNanoOfDay(nanos);
  }

  /** Formats {@code 'hh:mm:ss.nnnnnnnnn'}, always with nine fraction digits. */
  @Override
  public String format(LocalTime value) {
    if (value == null) {
      return "NULL";
    }
    return String.format(
        "'%02d:%02d:%02d.%09d'",
        value.getHour(), value.getMinute(), value.getSecond(), value.getNano());
  }

  @Override
  public LocalTime parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    String text = Literals.unquoteIfQuoted(literal, DataTypes.TIME);
    try {
      if (text.matches("\\d+")) {
        long nanos = Long.parseLong(text);
        if (nanos >= NANOS_PER_DAY) {
          throw Literals.invalid(DataTypes.TIME, literal, "more nanoseconds than a day has");
        }
        return LocalTime.ofNanoOfDay(nanos);
      }
      return LocalTime.parse(text);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw Literals.invalid(DataTypes.TIME, literal, "expected hh:mm:ss[.fffffffff]");
    }
  }
}
