package io.sibyl.mapper.metamodel;

import java.util.Objects;
import java.util.Set;

/**
 * A set column.
 *
 * @param <T> the entity type
 * @param <E> the element type
 */
public final class SetRef<T, E> extends WritableRef<T, Set<E>> {

  private final ValueBinder<E> elementBinder;

  /**
   * A column of the given spec whose single elements ({@link #contains}) are bound by the driver's
   * default codecs: for hand-written metamodels of plain element types.
   */
  public SetRef(ColumnSpec<T, Set<E>> spec) {
    this(spec, DriverBinder.of());
  }

  /**
   * A column of the given spec whose single elements are bound by {@code elementBinder}, with the
   * element's own codec (called by generated metamodels).
   */
  public SetRef(ColumnSpec<T, Set<E>> spec, ValueBinder<E> elementBinder) {
    super(spec);
    this.elementBinder = Objects.requireNonNull(elementBinder, "elementBinder");
  }

  /** {@code column CONTAINS value}: needs an index on the values or {@code allowFiltering()}. */
  public Restriction<T> contains(E value) {
    return Restriction.bound(this, Operator.CONTAINS, value, elementBinder);
  }

  /** {@code SET column = column + values}. */
  public Assignment<T> add(Set<E> values) {
    return Assignment.of(this, Assignment.Kind.APPEND, Set.copyOf(values));
  }

  /** {@code SET column = column - values}. */
  public Assignment<T> remove(Set<E> values) {
    return Assignment.of(this, Assignment.Kind.REMOVE, Set.copyOf(values));
  }
}
