package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.TupleType;
import io.sibyl.driver.type.TupleValue;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.StringJoiner;

/** A tuple type as {@link TupleValue}. Decoded values use the registry that made this codec. */
public final class TupleCodec implements TypeCodec<TupleValue> {
  private final TupleType cqlType;
  private final CodecRegistry registry;

  /** A codec of the given tuple type, whose values find component codecs in {@code registry}. */
  public TupleCodec(TupleType cqlType, CodecRegistry registry) {
    this.cqlType = cqlType;
    this.registry = registry;
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<TupleValue> javaType() {
    return GenericType.TUPLE_VALUE;
  }

  @Override
  public boolean accepts(Object value) {
    return value == null || value instanceof TupleValue tuple && tuple.type().equals(cqlType);
  }

  @Override
  public ByteBuffer encode(TupleValue value) {
    if (value == null) {
      return null;
    }
    if (!value.type().equals(cqlType)) {
      throw new CodecException(
          "Cannot encode a value of " + value.type().asCql() + " as " + cqlType.asCql());
    }
    return Structures.encode(value);
  }

  @Override
  public TupleValue decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    return Structures.decodeInto(
        bytes, new TupleValue(cqlType, registry), new ByteCursor(bytes, cqlType));
  }

  @Override
  public String format(TupleValue value) {
    if (value == null) {
      return "NULL";
    }
    StringJoiner joiner = new StringJoiner(", ", "(", ")");
    for (int i = 0; i < value.size(); i++) {
      TypeCodec<Object> codec = registry.codecFor(value.getType(i));
      joiner.add(Structures.formatField(codec, value.getBytesUnsafe(i)));
    }
    return joiner.toString();
  }

  @Override
  public TupleValue parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    List<String> parts =
        Literals.split(
            Literals.unwrap(literal, '(', ')', cqlType), ',', Integer.MAX_VALUE, cqlType);
    TupleValue value = new TupleValue(cqlType, registry);
    if (parts.size() > value.size()) {
      throw Literals.invalid(
          cqlType, literal, "it has " + parts.size() + " components for " + value.size());
    }
    for (int i = 0; i < parts.size(); i++) {
      TypeCodec<Object> codec = registry.codecFor(value.getType(i));
      value.set(i, codec.parse(parts.get(i)), codec);
    }
    return value;
  }
}
