package io.sibyl.mapper.metamodel;

import io.sibyl.mapper.query.Assignment;

/**
 * A counter column: it is only incremented and decremented.
 *
 * @param <T> the entity type
 */
public final class CounterColumn<T> extends Column<T, Long> {

  /** A column of the given spec (called by generated metamodels). */
  public CounterColumn(ColumnSpec<T, Long> spec) {
    super(spec);
  }

  /** {@code SET column = column + amount}. */
  public Assignment<T> increment(long amount) {
    return Assignment.of(this, Assignment.Kind.INCREMENT, amount);
  }

  /** {@code SET column = column - amount}. */
  public Assignment<T> decrement(long amount) {
    return Assignment.of(this, Assignment.Kind.DECREMENT, amount);
  }
}
