package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.SetType;
import io.sibyl.driver.type.TypeCodec;
import java.nio.ByteBuffer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;

/**
 * {@code set<E>} as {@link Set}. Decoding gives a mutable {@link LinkedHashSet} in the server's
 * order (sorted by the element type); a null value decodes to an empty set.
 *
 * @param <E> the Java element type
 */
public final class SetCodec<E> implements TypeCodec<Set<E>> {
  private final SetType cqlType;
  private final TypeCodec<E> elementCodec;
  private final GenericType<Set<E>> javaType;

  /** A codec of sets whose elements use {@code elementCodec}. */
  public SetCodec(SetType cqlType, TypeCodec<E> elementCodec) {
    this.cqlType = cqlType;
    this.elementCodec = elementCodec;
    this.javaType = GenericType.setOf(elementCodec.javaType());
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<Set<E>> javaType() {
    return javaType;
  }

  @Override
  public boolean accepts(DataType type) {
    return type instanceof SetType set && elementCodec.accepts(set.elementType());
  }

  @Override
  public boolean accepts(Object value) {
    if (!(value instanceof Set<?> set)) {
      return value == null;
    }
    return set.isEmpty() || elementCodec.accepts(set.iterator().next());
  }

  @Override
  public ByteBuffer encode(Set<E> value) {
    if (value == null) {
      return null;
    }
    ByteBuffer[] elements = new ByteBuffer[value.size()];
    int i = 0;
    for (E element : value) {
      elements[i] = CollectionLayout.encodeElement(elementCodec, element, cqlType, "element", i);
      i++;
    }
    return CollectionLayout.write(elements.length, elements);
  }

  @Override
  public Set<E> decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return new LinkedHashSet<>();
    }
    ByteCursor cursor = new ByteCursor(bytes, cqlType);
    int count = CollectionLayout.readCount(cursor, cqlType, 4);
    Set<E> set = new LinkedHashSet<>(Math.max(16, count * 4 / 3 + 1));
    for (int i = 0; i < count; i++) {
      set.add(elementCodec.decode(cursor.readValue()));
    }
    cursor.expectEnd();
    return set;
  }

  @Override
  public String format(Set<E> value) {
    if (value == null) {
      return "NULL";
    }
    StringJoiner joiner = new StringJoiner(", ", "{", "}");
    for (E element : value) {
      joiner.add(CollectionLayout.formatElement(elementCodec, element));
    }
    return joiner.toString();
  }

  @Override
  public Set<E> parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    Set<E> set = new LinkedHashSet<>();
    for (String element :
        Literals.split(
            Literals.unwrap(literal, '{', '}', cqlType), ',', Integer.MAX_VALUE, cqlType)) {
      set.add(elementCodec.parse(element));
    }
    return set;
  }
}
