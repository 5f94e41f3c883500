package io.sibyl.mapper.metamodel;

import io.sibyl.driver.Row;

/**
 * Reads the value of one column from a row, the way the generated table class does.
 *
 * @param <V> the column's Java type
 */
@FunctionalInterface
public interface ValueReader<V> {

  /** The value at index {@code i} of {@code row}. */
  V read(Row row, int i);
}
