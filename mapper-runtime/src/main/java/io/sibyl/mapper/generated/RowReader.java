package io.sibyl.mapper.generated;

import io.sibyl.driver.Row;

/**
 * Turns a row into a value.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface RowReader<T> {

  /** The value of the row. */
  T read(Row row);
}
