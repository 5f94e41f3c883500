package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.ListType;
import io.sibyl.driver.type.TypeCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * {@code list<E>} as {@link List}. Decoding gives a mutable {@link ArrayList}; a null value decodes
 * to an empty list, as Cassandra does not tell the two apart.
 *
 * @param <E> the Java element type
 */
public final class ListCodec<E> implements TypeCodec<List<E>> {
  private final ListType cqlType;
  private final TypeCodec<E> elementCodec;
  private final GenericType<List<E>> javaType;

  /** A codec of lists whose elements use {@code elementCodec}. */
  public ListCodec(ListType cqlType, TypeCodec<E> elementCodec) {
    this.cqlType = cqlType;
    this.elementCodec = elementCodec;
    this.javaType = GenericType.listOf(elementCodec.javaType());
  }

  @Override
  public DataType cqlType() {
    return cqlType;
  }

  @Override
  public GenericType<List<E>> javaType() {
    return javaType;
  }

  @Override
  public boolean accepts(DataType type) {
    return type instanceof ListType list && elementCodec.accepts(list.elementType());
  }

  @Override
  public boolean accepts(Object value) {
    if (!(value instanceof List<?> list)) {
      return value == null;
    }
    return list.isEmpty() || elementCodec.accepts(list.get(0));
  }

  @Override
  public ByteBuffer encode(List<E> value) {
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
  public List<E> decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return new ArrayList<>();
    }
    ByteCursor cursor = new ByteCursor(bytes, cqlType);
    int count = CollectionLayout.readCount(cursor, cqlType, 4);
    List<E> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(elementCodec.decode(cursor.readValue()));
    }
    cursor.expectEnd();
    return list;
  }

  @Override
  public String format(List<E> value) {
    if (value == null) {
      return "NULL";
    }
    StringJoiner joiner = new StringJoiner(", ", "[", "]");
    for (E element : value) {
      joiner.add(CollectionLayout.formatElement(elementCodec, element));
    }
    return joiner.toString();
  }

  @Override
  public List<E> parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    List<E> list = new ArrayList<>();
    for (String element :
        Literals.split(
            Literals.unwrap(literal, '[', ']', cqlType), ',', Integer.MAX_VALUE, cqlType)) {
      list.add(elementCodec.parse(element));
    }
    return list;
  }
}
