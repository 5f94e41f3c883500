package io.sibyl.mapper.query;

import java.util.Set;

/**
 * A set column.
 *
 * @param <T> the entity type
 * @param <E> the element type
 */
public final class SetColumn<T, E> extends WritableColumn<T, Set<E>> {

  /** A column of the given spec (called by generated metamodels). */
  public SetColumn(ColumnSpec<T, Set<E>> spec) {
    super(spec);
  }

  /** {@code column CONTAINS value}: needs an index on the values or {@code allowFiltering()}. */
  public Restriction<T> contains(E value) {
    return new Restriction<>(this, Operator.CONTAINS, value, false);
  }

  /** {@code SET column = column + values}. */
  public Assignment<T> add(Set<E> values) {
    return new Assignment<>(this, Assignment.Kind.APPEND, Set.copyOf(values), true);
  }

  /** {@code SET column = column - values}. */
  public Assignment<T> remove(Set<E> values) {
    return new Assignment<>(this, Assignment.Kind.REMOVE, Set.copyOf(values), true);
  }
}
