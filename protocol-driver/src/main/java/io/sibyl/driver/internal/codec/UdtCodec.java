package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.CqlLiterals;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.UdtValue;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.StringJoiner;

/**
 * A user-defined type as {@link UdtValue}. Decoding tolerates fewer fields than the type has
 * (fields added to the type after the value was written are null). Decoded values use the registry
 * that made this codec.
 */
public final class UdtCodec implements TypeCodec<UdtValue> {
  private final UserDefinedType cqlType;
  private final CodecRegistry registry;

  /** A codec of the given user type, whose values find field codecs in {@code registry}. */
  public UdtCodec(UserDefinedType cqlType, CodecRegistry registry) {
    this.cqlType = cqlType;
    this.registry = registry;
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<UdtValue> javaType() {
    return GenericType.UDT_VALUE;
  }

  @Override
  public boolean accepts(DataType type) {
    return type instanceof UserDefinedType udt && sameType(udt, cqlType);
  }

  @Override
  public boolean accepts(Object value) {
    return value == null || value instanceof UdtValue udt && sameType(udt.type(), cqlType);
  }

  private static boolean sameType(UserDefinedType a, UserDefinedType b) {
    return a.keyspace().equals(b.keyspace())
        && a.name().equals(b.name())
        && a.fieldNames().equals(b.fieldNames())
        && a.fieldTypes().equals(b.fieldTypes());
  }

  @Override
  public ByteBuffer encode(UdtValue value) {
    if (value == null) {
      return null;
    }
    if (!sameType(value.type(), cqlType)) {
      throw new CodecException(
          "Cannot encode a value of user type "
              + value.type().keyspace()
              + "."
              + value.type().name()
              + " with fields "
              + value.type().fieldNames()
              + " as "
              + cqlType.keyspace()
              + "."
              + cqlType.name()
              + " with fields "
              + cqlType.fieldNames());
    }
    return Structures.encode(value);
  }

  @Override
  public UdtValue decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    return Structures.decodeInto(
        bytes, new UdtValue(cqlType, registry), new ByteCursor(bytes, cqlType));
  }

  @Override
  public String format(UdtValue value) {
    if (value == null) {
      return "NULL";
    }
    StringJoiner joiner = new StringJoiner(", ", "{", "}");
    for (int i = 0; i < value.size(); i++) {
      TypeCodec<Object> codec = registry.codecFor(value.getType(i));
      joiner.add(
          CqlLiterals.identifier(cqlType.fieldNames().get(i))
              + ": "
              + Structures.formatField(codec, value.getBytesUnsafe(i)));
    }
    return joiner.toString();
  }

  @Override
  public UdtValue parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    UdtValue value = new UdtValue(cqlType, registry);
    String inner = Literals.unwrap(literal, '{', '}', cqlType);
    for (String entry : Literals.split(inner, ',', Integer.MAX_VALUE, cqlType)) {
      List<String> nameAndValue = Literals.split(entry, ':', 2, cqlType);
      if (nameAndValue.size() != 2) {
        throw Literals.invalid(cqlType, literal, "each field is written name: value");
      }
      int index;
      try {
        index = value.firstIndexOf(nameAndValue.get(0));
      } catch (IllegalArgumentException e) {
        throw Literals.invalid(cqlType, literal, e.getMessage());
      }
      TypeCodec<Object> codec = registry.codecFor(value.getType(index));
      value.set(index, codec.parse(nameAndValue.get(1)), codec);
    }
    return value;
  }
}
