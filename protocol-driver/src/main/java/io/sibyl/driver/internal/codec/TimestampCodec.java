package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * {@code timestamp} as {@link Instant}: 8 bytes of milliseconds since the Unix epoch. Anything
 * finer than a millisecond is truncated when encoding.
 */
public final class TimestampCodec implements TypeCodec<Instant> {
  /** The shared instance. */
  public static final TimestampCodec INSTANCE = new TimestampCodec();

  private TimestampCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.TIMESTAMP;
  }

  @Override
  public GenericType<Instant> javaType() {
    return GenericType.INSTANT;
  }

  @Override
  public ByteBuffer encode(Instant value) {
    return value == null ? null : Timestamps.encode(Timestamps.toEpochMillis(value));
  }

  @Override
  public Instant decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    return Instant.ofEpochMilli(Timestamps.decode(bytes));
  }

  @Override
  public String format(Instant value) {
    return value == null ? "NULL" : Timestamps.format(Timestamps.toEpochMillis(value));
  }

  @Override
  public Instant parse(String literal) {
    return Literals.isNull(literal) ? null : Instant.ofEpochMilli(Timestamps.parse(literal));
  }
}
