package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.UUID;

/** {@code uuid} and {@code timeuuid} as {@link UUID}: 16 bytes, most significant first. */
public final class UuidCodec implements TypeCodec<UUID> {
  /** The codec of {@code uuid}. */
  public static final UuidCodec UUID_CODEC = new UuidCodec(DataTypes.UUID);

  /** The codec of {@code timeuuid}, which only encodes version 1 (time-based) UUIDs. */
  public static final UuidCodec TIMEUUID = new UuidCodec(DataTypes.TIMEUUID);

  private final DataType cqlType;
  private final boolean timeBased;

  private UuidCodec(DataType cqlType) {
    this.cqlType = cqlType;
    this.timeBased = cqlType.equals(DataTypes.TIMEUUID);
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<UUID> javaType() {
    return GenericType.UUID;
  }

  @Override
  public ByteBuffer encode(UUID value) {
    if (value == null) {
      return null;
    }
    if (timeBased && value.version() != 1) {
      throw new CodecException(
          "Cannot encode "
              + value
              + " as a timeuuid: it is a version "
              + value.version()
              + " UUID, and timeuuid only accepts version 1 (time-based) UUIDs");
    }
    ByteBuffer bytes = ByteBuffer.allocate(16);
    bytes.putLong(0, value.getMostSignificantBits());
    bytes.putLong(8, value.getLeastSignificantBits());
    return bytes;
  }

  @Override
  public UUID decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    Buffers.checkSize(cqlType, 16, bytes);
    int start = bytes.position();
    return new UUID(bytes.getLong(start), bytes.getLong(start + 8));
  }

  @Override
  public String format(UUID value) {
    return value == null ? "NULL" : value.toString();
  }

  @Override
  public UUID parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    String text = Literals.unquoteIfQuoted(literal, cqlType);
    if (text.length() != 36) {
      throw Literals.invalid(cqlType, literal, "expected 8-4-4-4-12 hex digits");
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw Literals.invalid(cqlType, literal, "expected 8-4-4-4-12 hex digits");
    }
  }
}
