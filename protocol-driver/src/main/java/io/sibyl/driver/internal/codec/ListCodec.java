package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.ListType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code list<E>} as {@link List}. Decoding gives a mutable {@link ArrayList}; a null value decodes
 * to an empty list, as Cassandra does not tell the two apart.
 *
 * @param <E> the Java element type
 */
public final class ListCodec<E> extends ElementCollectionCodec<E, List<E>> {

  /** A codec of lists whose elements use {@code elementCodec}. */
  public ListCodec(ListType cqlType, TypeCodec<E> elementCodec) {
    super(cqlType, elementCodec, GenericType.listOf(elementCodec.javaType()), '[', ']');
  }

  @Override
  List<E> newCollection(int size) {
    return new ArrayList<>(size);
  }

  @Override
  DataType elementTypeOf(DataType type) {
    return type instanceof ListType list ? list.elementType() : null;
  }

  @Override
  boolean isCollection(Object value) {
    return value instanceof List<?>;
  }
}
