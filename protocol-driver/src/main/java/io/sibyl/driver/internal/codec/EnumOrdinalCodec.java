package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;

/**
 * A Java enum stored as the {@link Enum#ordinal()} of its constants in an {@code int} column. Made
 * on demand by the registry for any enum class. Reordering the constants changes the mapping.
 *
 * @param <E> the enum type
 */
public final class EnumOrdinalCodec<E extends Enum<E>> implements TypeCodec<E> {
  private final Class<E> enumClass;
  private final E[] constants;
  private final GenericType<E> javaType;

  /** A codec of {@code enumClass}. */
  public EnumOrdinalCodec(Class<E> enumClass) {
    this.enumClass = enumClass;
    this.constants = enumClass.getEnumConstants();
    this.javaType = GenericType.of(enumClass);
  }

  @Override
  public DataType cqlType() {
    return DataTypes.INT;
  }

  @Override
  public GenericType<E> javaType() {
    return javaType;
  }

  @Override
  public ByteBuffer encode(E value) {
    return value == null ? null : IntCodec.INSTANCE.encodeInt(value.ordinal());
  }

  @Override
  public E decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    return constant(IntCodec.INSTANCE.decodeInt(bytes));
  }

  private E constant(int ordinal) {
    if (ordinal < 0 || ordinal >= constants.length) {
      throw new CodecException(
          "Cannot decode "
              + ordinal
              + " as "
              + enumClass.getName()
              + ": the enum has "
              + constants.length
              + " constants (ordinals 0 to "
              + (constants.length - 1)
              + ")");
    }
    return constants[ordinal];
  }

  @Override
  public String format(E value) {
    return value == null ? "NULL" : Integer.toString(value.ordinal());
  }

  @Override
  public E parse(String literal) {
    Integer ordinal = IntCodec.INSTANCE.parse(literal);
    return ordinal == null ? null : constant(ordinal);
  }
}
