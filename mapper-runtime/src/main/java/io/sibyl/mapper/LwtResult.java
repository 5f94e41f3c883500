package io.sibyl.mapper;

import java.util.Optional;

/**
 * The outcome of a conditional write ({@code IF NOT EXISTS}, {@code IF EXISTS}, {@code IF ...}):
 * whether it was applied and, when not, the current values the server sent back.
 *
 * <p>When a condition fails, Cassandra returns the columns of the condition (all columns for {@code
 * IF NOT EXISTS}); the others are left at their defaults in {@link #current()}. When the row does
 * not exist at all, there is no current value.
 *
 * @param <T> the entity type
 */
public final class LwtResult<T> {

  private static final LwtResult<?> APPLIED = new LwtResult<>(true, null);

  private final boolean applied;
  private final T current;

  private LwtResult(boolean applied, T current) {
    this.applied = applied;
    this.current = current;
  }

  /** A result that was applied. */
  @SuppressWarnings("unchecked")
  public static <T> LwtResult<T> applied() {
    return (LwtResult<T>) APPLIED;
  }

  /** A result that was not applied, with the current row (null when there is none). */
  public static <T> LwtResult<T> notApplied(T current) {
    return new LwtResult<>(false, current);
  }

  /** Whether the write was applied. */
  public boolean wasApplied() {
    return applied;
  }

  /** The current row when the write was not applied and the row exists; empty otherwise. */
  public Optional<T> current() {
    return Optional.ofNullable(current);
  }

  @Override
  public String toString() {
    return applied ? "LwtResult[applied]" : "LwtResult[not applied, current=" + current + "]";
  }
}
