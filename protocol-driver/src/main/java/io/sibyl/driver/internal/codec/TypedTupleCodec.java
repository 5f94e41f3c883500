package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.Tuple2;
import io.sibyl.driver.type.Tuple3;
import io.sibyl.driver.type.TupleType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.StringJoiner;

/**
 * A tuple type as {@link Tuple2} or {@link Tuple3}, each component through its own codec. The bytes
 * are the tuple layout {@link TupleCodec} writes: one {@code [bytes]} per component, -1 for null;
 * missing trailing components decode as null.
 *
 * @param <T> {@code Tuple2<A, B>} or {@code Tuple3<A, B, C>}
 */
public final class TypedTupleCodec<T> implements TypeCodec<T> {
  private final TupleType cqlType;
  private final GenericType<T> javaType;
  private final TypeCodec<Object>[] components;

  /**
   * A codec of {@code cqlType} as a {@code Tuple2} (two component codecs) or {@code Tuple3}
   * (three).
   *
   * @throws IllegalArgumentException if the codecs do not match the tuple's components
   */
  @SuppressWarnings("unchecked")
  public TypedTupleCodec(TupleType cqlType, List<TypeCodec<?>> components) {
    int size = cqlType.componentTypes().size();
    if (components.size() != size || size < 2 || size > 3) {
      throw new IllegalArgumentException(
          cqlType.asCql() + " has " + size + " components, " + components.size() + " codecs given");
    }
    this.cqlType = cqlType;
    this.components = components.toArray(new TypeCodec[0]);
    GenericType<?> first = components.get(0).javaType();
    GenericType<?> second = components.get(1).javaType();
    this.javaType =
        (GenericType<T>)
            (size == 2
                ? GenericType.tuple2Of(first, second)
                : GenericType.tuple3Of(first, second, components.get(2).javaType()));
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<T> javaType() {
    return javaType;
  }

  @Override
  public boolean accepts(Object value) {
    return value == null
        || components.length == 2 && value instanceof Tuple2<?, ?>
        || components.length == 3 && value instanceof Tuple3<?, ?, ?>;
  }

  @Override
  public ByteBuffer encode(T value) {
    if (value == null) {
      return null;
    }
    Object[] parts = parts(value);
    ByteBuffer[] encoded = new ByteBuffer[parts.length];
    int size = 0;
    for (int i = 0; i < parts.length; i++) {
      encoded[i] = parts[i] == null ? null : components[i].encode(parts[i]);
      size += 4 + (encoded[i] == null ? 0 : encoded[i].remaining());
    }
    ByteBuffer bytes = ByteBuffer.allocate(size);
    for (ByteBuffer part : encoded) {
      if (part == null) {
        bytes.putInt(-1);
      } else {
        bytes.putInt(part.remaining());
        bytes.put(part.duplicate());
      }
    }
    return bytes.flip();
  }

  @Override
  public T decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    ByteCursor cursor = new ByteCursor(bytes, cqlType);
    Object[] parts = new Object[components.length];
    for (int i = 0; i < parts.length && cursor.remaining() > 0; i++) {
      ByteBuffer part = cursor.readValue();
      parts[i] = part == null ? null : components[i].decode(part);
    }
    cursor.expectEnd();
    return build(parts);
  }

  @Override
  public String format(T value) {
    if (value == null) {
      return "NULL";
    }
    Object[] parts = parts(value);
    StringJoiner joiner = new StringJoiner(", ", "(", ")");
    for (int i = 0; i < parts.length; i++) {
      joiner.add(components[i].format(parts[i]));
    }
    return joiner.toString();
  }

  @Override
  public T parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    List<String> texts =
        Literals.split(
            Literals.unwrap(literal, '(', ')', cqlType), ',', Integer.MAX_VALUE, cqlType);
    if (texts.size() > components.length) {
      throw Literals.invalid(
          cqlType, literal, "it has " + texts.size() + " components for " + components.length);
    }
    Object[] parts = new Object[components.length];
    for (int i = 0; i < texts.size(); i++) {
      parts[i] = components[i].parse(texts.get(i));
    }
    return build(parts);
  }

  private Object[] parts(T value) {
    if (value instanceof Tuple2<?, ?> pair && components.length == 2) {
      return new Object[] {pair.first(), pair.second()};
    }
    if (value instanceof Tuple3<?, ?, ?> triple && components.length == 3) {
      return new Object[] {triple.first(), triple.second(), triple.third()};
    }
    throw new CodecException(
        "Cannot encode a " + value.getClass().getSimpleName() + " as " + cqlType.asCql());
  }

  @SuppressWarnings("unchecked")
  private T build(Object[] parts) {
    return (T)
        (parts.length == 2
            ? Tuple2.of(parts[0], parts[1])
            : Tuple3.of(parts[0], parts[1], parts[2]));
  }
}
