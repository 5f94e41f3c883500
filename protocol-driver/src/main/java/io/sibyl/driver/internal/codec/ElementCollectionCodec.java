package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.StringJoiner;

/**
 * The shared layout of {@code list<E>} and {@code set<E>}: an [int] count, then each element as
 * [bytes]; CQL literals in brackets. Subclasses say which Java collection and which brackets.
 *
 * @param <E> the Java element type
 * @param <C> the Java collection type
 */
abstract class ElementCollectionCodec<E, C extends Collection<E>> implements TypeCodec<C> {
  private final DataType cqlType;
  private final TypeCodec<E> elementCodec;
  private final GenericType<C> javaType;
  private final char open;
  private final char close;

  ElementCollectionCodec(
      DataType cqlType, TypeCodec<E> elementCodec, GenericType<C> javaType, char open, char close) {
    this.cqlType = cqlType;
    this.elementCodec = elementCodec;
    this.javaType = javaType;
    this.open = open;
    this.close = close;
  }

  /** A new, empty, mutable collection with room for {@code size} elements. */
  abstract C newCollection(int size);

  /** The element type of {@code type} if it is this codec's kind of collection, else null. */
  abstract DataType elementTypeOf(DataType type);

  /** Whether {@code value} is this codec's kind of collection. */
  abstract boolean isCollection(Object value);

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<C> javaType() {
    return javaType;
  }

  @Override
  public boolean accepts(DataType type) {
    DataType elementType = elementTypeOf(type);
    return elementType != null && elementCodec.accepts(elementType);
  }

  @Override
  public boolean accepts(Object value) {
    if (!isCollection(value)) {
      return value == null;
    }
    Collection<?> collection = (Collection<?>) value;
    return collection.isEmpty() || elementCodec.accepts(collection.iterator().next());
  }

  @Override
  public ByteBuffer encode(C value) {
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
  public C decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return newCollection(0);
    }
    ByteCursor cursor = new ByteCursor(bytes, cqlType);
    int count = CollectionLayout.readCount(cursor, cqlType, 4);
    C collection = newCollection(count);
    for (int i = 0; i < count; i++) {
      collection.add(elementCodec.decode(cursor.readValue()));
    }
    cursor.expectEnd();
    return collection;
  }

  @Override
  public String format(C value) {
    if (value == null) {
      return "NULL";
    }
    StringJoiner joiner = new StringJoiner(", ", String.valueOf(open), String.valueOf(close));
    for (E element : value) {
      joiner.add(CollectionLayout.formatElement(elementCodec, element));
    }
    return joiner.toString();
  }

  @Override
  public C parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    C collection = newCollection(8);
    for (String element :
        Literals.split(
            Literals.unwrap(literal, open, close, cqlType), ',', Integer.MAX_VALUE, cqlType)) {
      collection.add(elementCodec.parse(element));
    }
    return collection;
  }
}
