package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;

/**
 * {@code blob}, and any custom type, as a {@link ByteBuffer}. Encoding does not copy the value (the
 * result is a duplicate sharing its bytes: do not change them until the statement has been
 * executed); decoding returns a copy of its own, positioned at 0.
 */
public final class BlobCodec implements TypeCodec<ByteBuffer> {
  /** The codec of {@code blob}. */
  public static final BlobCodec BLOB = new BlobCodec(DataTypes.BLOB);

  private final DataType cqlType;

  /** A codec of raw bytes for the given type (a custom type, usually). */
  public BlobCodec(DataType cqlType) {
    this.cqlType = cqlType;
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<ByteBuffer> javaType() {
    return GenericType.BYTE_BUFFER;
  }

  @Override
  public ByteBuffer encode(ByteBuffer value) {
    return value == null ? null : value.duplicate();
  }

  @Override
  public ByteBuffer decode(ByteBuffer bytes) {
    return bytes == null ? null : Buffers.copy(bytes);
  }

  @Override
  public String format(ByteBuffer value) {
    return value == null ? "NULL" : Buffers.toHexLiteral(value);
  }

  @Override
  public ByteBuffer parse(String literal) {
    return Literals.isNull(literal) ? null : Buffers.fromHexLiteral(literal, cqlType);
  }
}
