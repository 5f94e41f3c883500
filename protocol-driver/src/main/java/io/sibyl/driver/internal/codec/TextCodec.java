package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.CqlLiterals;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * {@code text} (alias {@code varchar}) as UTF-8, and {@code ascii}, which refuses characters above
 * 127 when encoding.
 */
public final class TextCodec implements TypeCodec<String> {
  /** The codec of {@code text} and {@code varchar}. */
  public static final TextCodec TEXT = new TextCodec(DataTypes.TEXT);

  /** The codec of {@code ascii}. */
  public static final TextCodec ASCII = new TextCodec(DataTypes.ASCII);

  private final DataType cqlType;
  private final boolean ascii;

  private TextCodec(DataType cqlType) {
    this.cqlType = cqlType;
    this.ascii = cqlType.equals(DataTypes.ASCII);
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<String> javaType() {
    return GenericType.STRING;
  }

  @Override
  public ByteBuffer encode(String value) {
    if (value == null) {
      return null;
    }
    if (ascii) {
      for (int i = 0; i < value.length(); i++) {
        if (value.charAt(i) > 127) {
          throw new CodecException(
              "Cannot encode a string as ascii: the character '"
                  + value.charAt(i)
                  + "' at index "
                  + i
                  + " is not ASCII (0-127). Use a text column for Unicode strings.");
        }
      }
      return ByteBuffer.wrap(value.getBytes(StandardCharsets.US_ASCII));
    }
    return ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String decode(ByteBuffer bytes) {
    if (bytes == null) {
      return null;
    }
    if (bytes.hasArray()) {
      return new String(
          bytes.array(),
          bytes.arrayOffset() + bytes.position(),
          bytes.remaining(),
          StandardCharsets.UTF_8);
    }
    return new String(Buffers.toArray(bytes), StandardCharsets.UTF_8);
  }

  @Override
  public String format(String value) {
    return value == null ? "NULL" : CqlLiterals.quote(value);
  }

  @Override
  public String parse(String literal) {
    return Literals.isNull(literal) ? null : Literals.unquote(literal, cqlType);
  }
}
