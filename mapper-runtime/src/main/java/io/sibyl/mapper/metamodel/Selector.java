package io.sibyl.mapper.metamodel;

import io.sibyl.driver.Row;
import io.sibyl.mapper.generated.TableDescriptor;

/**
 * What a select can return for one position of its rows: a column ({@code User_.NAME}) or one field
 * of a user-type column ({@code Address_.CITY.of(User_.HOME)}).
 *
 * @param <T> the entity type
 * @param <V> the Java type of the selected values
 */
public sealed interface Selector<T, V> permits ColumnRef, FieldSelection, Aggregate {

  /** The table the selector reads from. */
  TableDescriptor<T> table();

  /** The selector as written in CQL. */
  String cql();

  /** Reads the selected value at index {@code i} of a row (null when the value is null). */
  V read(Row row, int i);
}
