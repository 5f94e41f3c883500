package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.SetType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code set<E>} as {@link Set}. Decoding gives a mutable {@link LinkedHashSet} in the server's
 * order (sorted by the element type); a null value decodes to an empty set.
 *
 * @param <E> the Java element type
 */
public final class SetCodec<E> extends ElementCollectionCodec<E, Set<E>> {

  /** A codec of sets whose elements use {@code elementCodec}. */
  public SetCodec(SetType cqlType, TypeCodec<E> elementCodec) {
    super(cqlType, elementCodec, GenericType.setOf(elementCodec.javaType()), '{', '}');
  }

  @Override
  Set<E> newCollection(int size) {
    return new LinkedHashSet<>(Math.max(16, size * 2));
  }

  @Override
  DataType elementTypeOf(DataType type) {
    return type instanceof SetType set ? set.elementType() : null;
  }

  @Override
  boolean isCollection(Object value) {
    return value instanceof Set<?>;
  }
}
