package io.sibyl.mapper.query;

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
    return new Assignment<>(this, Assignment.Kind.INCREMENT, amount, false);
  }

  /** {@code SET column = column - amount}. */
  public Assignment<T> decrement(long amount) {
    return new Assignment<>(this, Assignment.Kind.DECREMENT, amount, false);
  }
}
