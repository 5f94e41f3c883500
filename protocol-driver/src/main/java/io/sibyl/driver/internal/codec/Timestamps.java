package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataTypes;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * What the {@code timestamp} codecs share: 8 bytes of milliseconds since the Unix epoch, and the
 * literal forms.
 */
final class Timestamps {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter PARSE =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter();
  private static final long MIN_FORMATTED = Instant.parse("0000-01-01T00:00:00Z").toEpochMilli();
  private static final long MAX_FORMATTED =
      Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

  private Timestamps() {}

  static ByteBuffer encode(long epochMillis) {
    ByteBuffer bytes = ByteBuffer.allocate(8);
    bytes.putLong(0, epochMillis);
    return bytes;
  }

  static long decode(ByteBuffer bytes) {
    Buffers.checkSize(DataTypes.TIMESTAMP, 8, bytes);
    return bytes.getLong(bytes.position());
  }

  static long toEpochMillis(Instant value) {
    try {
      return value.toEpochMilli();
    } catch (ArithmeticException e) {
      throw new CodecException(
          "Cannot encode " + value + " as a timestamp: it does not fit in 64-bit milliseconds", e);
    }
  }

  /**
   * {@code 'yyyy-mm-ddThh:mm:ss.fff+0000'} for years 0 to 9999, the bare number of milliseconds
   * otherwise.
   */
  static String format(long epochMillis) {
    if (epochMillis < MIN_FORMATTED || epochMillis > MAX_FORMATTED) {
      return Long.toString(epochMillis);
    }
    return "'" + FORMAT.format(Instant.ofEpochMilli(epochMillis)) + "'";
  }

  /**
   * Parses a number of milliseconds, or a quoted ISO 8601 date-time (a space may replace the {@code
   * T}; the time and the offset are optional, UTC by default).
   */
  static long parse(String literal) {
    String text = Literals.unquoteIfQuoted(literal, DataTypes.TIMESTAMP);
    try {
      if (text.matches("-?\\d+")) {
        return Long.parseLong(text);
      }
      String normalized =
          text.length() > 10 && text.charAt(10) == ' '
              ? text.substring(0, 10) + 'T' + text.substring(11)
              : text;
      TemporalAccessor parsed = PARSE.parse(normalized.replace(" ", ""));
      LocalDate date = LocalDate.from(parsed);
      LocalTime time =
          parsed.isSupported(ChronoField.NANO_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
      ZoneOffset offset =
          parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
      return date.atTime(time).toInstant(offset).toEpochMilli();
    } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
      throw Literals.invalid(
          DataTypes.TIMESTAMP,
          literal,
          "expected milliseconds or 'yyyy-mm-dd[Thh:mm[:ss[.fff]]][+hh:mm|Z]'");
    }
  }
}
