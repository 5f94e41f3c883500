package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.PrimitiveBooleanCodec;
import java.nio.ByteBuffer;

/** {@code boolean}: one byte, 0 for false and anything else (1 when written) for true. */
public final class BooleanCodec implements PrimitiveBooleanCodec {
  /** The shared instance. */
  public static final BooleanCodec INSTANCE = new BooleanCodec();

  private BooleanCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.BOOLEAN;
  }

  @Override
  public GenericType<Boolean> javaType() {
    return GenericType.BOOLEAN;
  }

  @Override
  public ByteBuffer encodeBoolean(boolean value) {
    ByteBuffer bytes = ByteBuffer.allocate(1);
    bytes.put(0, value ? (byte) 1 : (byte) 0);
    return bytes;
  }

  @Override
  public boolean decodeBoolean(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return false;
    }
    Buffers.checkSize(DataTypes.BOOLEAN, 1, bytes);
    return bytes.get(bytes.position()) != 0;
  }

  @Override
  public String format(Boolean value) {
    return value == null ? "NULL" : value.toString();
  }

  @Override
  public Boolean parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    String text = literal.trim();
    if (text.equalsIgnoreCase("true")) {
      return true;
    } else if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw Literals.invalid(DataTypes.BOOLEAN, literal, "expected true or false");
  }
}
