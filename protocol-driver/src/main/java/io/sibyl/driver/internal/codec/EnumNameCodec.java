package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;

/**
 * A Java enum stored as the {@link Enum#name()} of its constants in a {@code text}, {@code varchar}
 * or {@code ascii} column. Made on demand by the registry for any enum class.
 *
 * @param <E> the enum type
 */
public final class EnumNameCodec<E extends Enum<E>> implements TypeCodec<E> {
  private final Class<E> enumClass;
  private final TextCodec textCodec;
  private final GenericType<E> javaType;

  /** A codec of {@code enumClass} over the given string codec. */
  public EnumNameCodec(Class<E> enumClass, TextCodec textCodec) {
    this.enumClass = enumClass;
    this.textCodec = textCodec;
    this.javaType = GenericType.of(enumClass);
  }

  @Override
  public DataType cqlType() {
    return textCodec.cqlType();
  }

  @Override
  public GenericType<E> javaType() {
    return javaType;
  }

  @Override
  public ByteBuffer encode(E value) {
    return value == null ? null : textCodec.encode(value.name());
  }

  @Override
  public E decode(ByteBuffer bytes) {
    String name = textCodec.decode(bytes);
    return name == null ? null : constant(name);
  }

  private E constant(String name) {
    try {
      return Enum.valueOf(enumClass, name);
    } catch (IllegalArgumentException e) {
      throw new CodecException(
          "Cannot decode '"
              + name
              + "' as "
              + enumClass.getName()
              + ": the enum has no such constant (was it renamed?)",
          e);
    }
  }

  @Override
  public String format(E value) {
    return value == null ? "NULL" : textCodec.format(value.name());
  }

  @Override
  public E parse(String literal) {
    String name = textCodec.parse(literal);
    return name == null ? null : constant(name);
  }
}
