package io.sibyl.mapper.metamodel;

import java.util.Objects;

/**
 * One element of a collection column with its value type, for {@code IF} conditions: a map's value
 * by its key ({@code Post_.RATINGS.value("ada")}) or a list's element by its index ({@code
 * Post_.COMMENTS.element(0)}).
 *
 * @param <T> the entity type
 * @param <E> the Java type of the element
 */
public final class ElementRef<T, E> {

  private final CollectionElement<T> element;
  private final ValueBinder<E> binder;

  ElementRef(CollectionElement<T> element, ValueBinder<E> binder) {
    this.element = element;
    this.binder = Objects.requireNonNull(binder, "binder");
  }

  /** The element: its column, and the index or key. */
  public CollectionElement<T> element() {
    return element;
  }

  /** {@code column[?] = value} (null tests that the element is absent). */
  public Restriction<T> eq(E value) {
    return Restriction.onElement(element, Operator.EQ, value, binder);
  }

  @Override
  public String toString() {
    return element.toString();
  }
}
