package io.sibyl.driver.type;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A value of the CQL {@code vector<T, n>} type of Cassandra 5: an immutable list of exactly {@code
 * n} non-null elements. It is a {@link java.util.List}, so it equals any list with the same
 * elements.
 *
 * <p>For {@code vector<float, n>}, a {@code float[]} avoids boxing: ask the registry for {@code
 * float[].class}.
 *
 * @param <T> the element type
 */
public final class CqlVector<T> extends AbstractList<T> implements RandomAccess {
  private final Object[] elements;

  private CqlVector(Object[] elements) {
    for (int i = 0; i < elements.length; i++) {
      if (elements[i] == null) {
        throw new IllegalArgumentException("A vector cannot contain nulls (element " + i + ")");
      }
    }
    this.elements = elements;
  }

  /**
   * A vector of the given elements.
   *
   * @throws IllegalArgumentException if an element is null
   */
  @SafeVarargs
  public static <T> CqlVector<T> of(T... elements) {
    return new CqlVector<>(elements.clone());
  }

  /**
   * A vector with the elements of a collection, in iteration order.
   *
   * @throws IllegalArgumentException if an element is null
   */
  public static <T> CqlVector<T> copyOf(Collection<? extends T> elements) {
    if (elements instanceof CqlVector<?>) {
      @SuppressWarnings("unchecked")
      CqlVector<T> vector = (CqlVector<T>) elements;
      return vector;
    }
    return new CqlVector<>(elements.toArray());
  }

  /** A {@code vector<float, n>} value with the elements of an array. */
  public static CqlVector<Float> ofFloats(float... elements) {
    Object[] boxed = new Object[elements.length];
    for (int i = 0; i < elements.length; i++) {
      boxed[i] = elements[i];
    }
    return new CqlVector<>(boxed);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    Objects.checkIndex(index, elements.length);
    return (T) elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }
}
