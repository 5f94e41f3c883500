package io.sibyl.mapper.metamodel;

import java.util.List;
import java.util.Objects;

/**
 * A list column.
 *
 * @param <T> the entity type
 * @param <E> the element type
 */
public final class ListRef<T, E> extends WritableRef<T, List<E>> {

  private final ValueBinder<E> elementBinder;

  /**
   * A column of the given spec whose single elements ({@link #contains}, {@link #setAt}) are bound
   * by the driver's default codecs: for hand-written metamodels of plain element types.
   */
  public ListRef(ColumnSpec<T, List<E>> spec) {
    this(spec, DriverBinder.of());
  }

  /**
   * A column of the given spec whose single elements are bound by {@code elementBinder}, with the
   * element's own codec (called by generated metamodels).
   */
  public ListRef(ColumnSpec<T, List<E>> spec, ValueBinder<E> elementBinder) {
    super(spec);
    this.elementBinder = Objects.requireNonNull(elementBinder, "elementBinder");
  }

  /** {@code column CONTAINS value}: needs an index on the values or {@code allowFiltering()}. */
  public Restriction<T> contains(E value) {
    return Restriction.bound(this, Operator.CONTAINS, value, elementBinder);
  }

  /** {@code SET column = column + values}. */
  public Assignment<T> append(List<E> values) {
    return Assignment.of(this, Assignment.Kind.APPEND, List.copyOf(values));
  }

  /** {@code SET column = values + column}. */
  public Assignment<T> prepend(List<E> values) {
    return Assignment.of(this, Assignment.Kind.PREPEND, List.copyOf(values));
  }

  /** {@code SET column = column - values}: removes every occurrence of each value. */
  public Assignment<T> removeAll(List<E> values) {
    return Assignment.of(this, Assignment.Kind.REMOVE, List.copyOf(values));
  }

  /** {@code SET column = column - [value]}: removes every occurrence of {@code value}. */
  public Assignment<T> remove(E value) {
    return removeAll(List.of(value));
  }

  /**
   * {@code SET column[?] = ?}: replaces the element at {@code index}, which must exist (Cassandra
   * reads the list first, and refuses an index past its end). A null value removes the element.
   */
  public Assignment<T> setAt(int index, E value) {
    return Assignment.element(CollectionElement.listIndex(this, index), value, elementBinder);
  }

  /**
   * The element at {@code index}, for {@code delete().elements(...)} ({@code DELETE column[?]}):
   * removing it shifts the following elements, so such a delete is not idempotent.
   */
  public CollectionElement<T> at(int index) {
    return CollectionElement.listIndex(this, index);
  }

  /**
   * The element at {@code index} of this list column, for an {@code IF} condition: {@code
   * element(0).eq("first")} is {@code IF comments[?] = ?}.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public ElementRef<T, E> element(int index) {
    return new ElementRef<>(CollectionElement.listIndex(this, index), elementBinder);
  }
}
