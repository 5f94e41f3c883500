package io.sibyl.mapper.metamodel;

/**
 * A counter column: it is only incremented and decremented.
 *
 * @param <T> the entity type
 */
public final class CounterRef<T> extends ColumnRef<T, Long> {

  /** A column of the given spec (called by generated metamodels). */
  public CounterRef(ColumnSpec<T, Long> spec) {
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
