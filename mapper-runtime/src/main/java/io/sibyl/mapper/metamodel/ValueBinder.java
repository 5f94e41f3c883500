package io.sibyl.mapper.metamodel;

import io.sibyl.driver.BoundStatement;

/**
 * Binds a non-null value of one column at a bind marker, the way the generated table class does.
 *
 * @param <V> the column's Java type
 */
@FunctionalInterface
public interface ValueBinder<V> {

  /** Binds {@code value} (never null) at index {@code i} of {@code bs}. */
  void bind(BoundStatement bs, int i, V value);
}
