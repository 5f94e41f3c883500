package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.CqlDuration;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.UUID;

/**
 * The built-in codecs of primitive CQL types, in arrays indexed by the protocol's type code so that
 * the registry finds them without hashing.
 */
public final class BuiltInCodecs {
  private static final int CODES = 0x16;
  private static final TypeCodec<?>[] DEFAULTS = new TypeCodec<?>[CODES];
  private static final TypeCodec<?>[][] ALTERNATIVES = new TypeCodec<?>[CODES][];

  static {
    DEFAULTS[0x01] = TextCodec.ASCII;
    DEFAULTS[0x02] = BigintCodec.BIGINT;
    DEFAULTS[0x03] = BlobCodec.BLOB;
    DEFAULTS[0x04] = BooleanCodec.INSTANCE;
    DEFAULTS[0x05] = BigintCodec.COUNTER;
    DEFAULTS[0x06] = DecimalCodec.INSTANCE;
    DEFAULTS[0x07] = DoubleCodec.INSTANCE;
    DEFAULTS[0x08] = FloatCodec.INSTANCE;
    DEFAULTS[0x09] = IntCodec.INSTANCE;
    DEFAULTS[0x0A] = TextCodec.TEXT;
    DEFAULTS[0x0B] = TimestampCodec.INSTANCE;
    DEFAULTS[0x0C] = UuidCodec.UUID_CODEC;
    DEFAULTS[0x0D] = TextCodec.TEXT;
    DEFAULTS[0x0E] = VarintCodec.INSTANCE;
    DEFAULTS[0x0F] = UuidCodec.TIMEUUID;
    DEFAULTS[0x10] = InetCodec.INSTANCE;
    DEFAULTS[0x11] = DateCodec.INSTANCE;
    DEFAULTS[0x12] = TimeCodec.INSTANCE;
    DEFAULTS[0x13] = SmallintCodec.INSTANCE;
    DEFAULTS[0x14] = TinyintCodec.INSTANCE;
    DEFAULTS[0x15] = DurationCodec.INSTANCE;
    for (int code = 0; code < CODES; code++) {
      ALTERNATIVES[code] = new TypeCodec<?>[0];
    }
    ALTERNATIVES[0x03] = new TypeCodec<?>[] {ByteArrayCodec.INSTANCE};
    ALTERNATIVES[0x0B] = new TypeCodec<?>[] {JavaDateCodec.INSTANCE};
  }

  private BuiltInCodecs() {}

  /** The default codec of the primitive type with this code, or null if there is none. */
  public static TypeCodec<?> defaultFor(int code) {
    return code >= 0 && code < CODES ? DEFAULTS[code] : null;
  }

  /**
   * The codec of the primitive type with this code whose Java class is {@code javaClass} (or its
   * boxed class; {@code Object} gives the default), or null if there is none.
   */
  public static TypeCodec<?> forClass(int code, Class<?> javaClass) {
    TypeCodec<?> codec = defaultFor(code);
    if (codec == null) {
      return null;
    }
    if (javaClass == Object.class || codec.javaType().getRawType() == GenericType.wrap(javaClass)) {
      return codec;
    }
    for (TypeCodec<?> alternative : ALTERNATIVES[code]) {
      if (alternative.javaType().getRawType() == javaClass) {
        return alternative;
      }
    }
    return null;
  }

  /**
   * The codec of the primitive type with this code that can encode {@code value}, or null if there
   * is none.
   */
  public static TypeCodec<?> forValue(int code, Object value) {
    TypeCodec<?> codec = defaultFor(code);
    if (codec == null || codec.accepts(value)) {
      return codec;
    }
    for (TypeCodec<?> alternative : ALTERNATIVES[code]) {
      if (alternative.accepts(value)) {
        return alternative;
      }
    }
    return null;
  }

  /**
   * The codec that a scalar value maps to when no CQL type is known (String to text, Integer to
   * int, Date to timestamp...), or null if the value is not a scalar that maps to a CQL primitive.
   */
  public static TypeCodec<?> inferFromValue(Object value) {
    if (value instanceof String) {
      return TextCodec.TEXT;
    } else if (value instanceof Integer) {
      return IntCodec.INSTANCE;
    } else if (value instanceof Long) {
      return BigintCodec.BIGINT;
    } else if (value instanceof Boolean) {
      return BooleanCodec.INSTANCE;
    } else if (value instanceof Double) {
      return DoubleCodec.INSTANCE;
    } else if (value instanceof Float) {
      return FloatCodec.INSTANCE;
    } else if (value instanceof Short) {
      return SmallintCodec.INSTANCE;
    } else if (value instanceof Byte) {
      return TinyintCodec.INSTANCE;
    } else if (value instanceof UUID) {
      return UuidCodec.UUID_CODEC;
    } else if (value instanceof Instant) {
      return TimestampCodec.INSTANCE;
    } else if (value instanceof Date) {
      return JavaDateCodec.INSTANCE;
    } else if (value instanceof LocalDate) {
      return DateCodec.INSTANCE;
    } else if (value instanceof LocalTime) {
      return TimeCodec.INSTANCE;
    } else if (value instanceof BigDecimal) {
      return DecimalCodec.INSTANCE;
    } else if (value instanceof BigInteger) {
      return VarintCodec.INSTANCE;
    } else if (value instanceof InetAddress) {
      return InetCodec.INSTANCE;
    } else if (value instanceof ByteBuffer) {
      return BlobCodec.BLOB;
    } else if (value instanceof byte[]) {
      return ByteArrayCodec.INSTANCE;
    } else if (value instanceof CqlDuration) {
      return DurationCodec.INSTANCE;
    }
    return GeometryCodec.forValue(value);
  }
}
