package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code date} as {@link LocalDate}: an unsigned 32-bit number of days whose value 2^31 is
 * 1970-01-01, so it spans about 5.8 million years on each side of the epoch.
 */
public final class DateCodec implements TypeCodec<LocalDate> {
  /** The shared instance. */
  public static final DateCodec INSTANCE = new DateCodec();

  private static final long EPOCH_OFFSET = 1L << 31;

  private DateCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.DATE;
  }

  @Override
  public GenericType<LocalDate> javaType() {
    return GenericType.LOCAL_DATE;
  }

  @Override
  public ByteBuffer encode(LocalDate value) {
    if (value == null) {
      return null;
    }
    long unsignedDays = value.toEpochDay() + EPOCH_OFFSET;
    if (unsignedDays < 0 || unsignedDays > 0xFFFF_FFFFL) {
      throw new CodecException(
          "Cannot encode "
              + value
              + " as a date: CQL dates range from "
              + fromUnsignedDays(0)
              + " to "
              + fromUnsignedDays(0xFFFF_FFFFL));
    }
    ByteBuffer bytes = ByteBuffer.allocate(4);
    bytes.putInt(0, (int) unsignedDays);
    return bytes;
  }

  @Override
  public LocalDate decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    Buffers.checkSize(DataTypes.DATE, 4, bytes);
    return fromUnsignedDays(Integer.toUnsignedLong(bytes.getInt(bytes.position())));
  }

  private static LocalDate fromUnsignedDays(long unsignedDays) {
    return LocalDate.ofEpochDay(unsignedDays - EPOCH_OFFSET);
  }

  /**
   * Formats {@code 'yyyy-mm-dd'} for years 0 to 9999; other dates as their raw unsigned day number
   * ({@code '2147483648'} is 1970-01-01), which Cassandra also accepts.
   */
  @Override
  public String format(LocalDate value) {
    if (value == null) {
      return "NULL";
    }
    if (value.getYear() >= 0 && value.getYear() <= 9999) {
      return "'" + value + "'";
    }
    return "'" + (value.toEpochDay() + EPOCH_OFFSET) + "'";
  }

  @Override
  public LocalDate parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    String text = Literals.unquoteIfQuoted(literal, DataTypes.DATE);
    try {
      if (text.matches("\\d+")) {
        long unsignedDays = Long.parseLong(text);
        if (unsignedDays > 0xFFFF_FFFFL) {
          throw Literals.invalid(DataTypes.DATE, literal, "the day number exceeds 2^32 - 1");
        }
        return fromUnsignedDays(unsignedDays);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw Literals.invalid(DataTypes.DATE, literal, "expected yyyy-mm-dd or a day number");
    }
  }
}
