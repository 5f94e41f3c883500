package io.sibyl.mapper.metamodel;

import io.sibyl.driver.Row;
import io.sibyl.mapper.generated.TableDescriptor;

/**
 * One field of a user-type column, as a selected value ({@code Address_.CITY.of(User_.HOME)}):
 * {@code SELECT home.city}.
 *
 * @param <T> the entity type
 * @param <V> the field's Java type
 */
public final class FieldSelection<T, V> implements Selector<T, V> {

  private final TableDescriptor<T> table;
  private final String cql;
  private final String description;
  private final ValueReader<V> reader;

  FieldSelection(TableDescriptor<T> table, String cql, String description, ValueReader<V> reader) {
    this.table = table;
    this.cql = cql;
    this.description = description;
    this.reader = reader;
  }

  /** The table of the user-type column. */
  @Override
  public TableDescriptor<T> table() {
    return table;
  }

  /** The selector as written in CQL, such as {@code home.city}. */
  @Override
  public String cql() {
    return cql;
  }

  /** Reads the selected value at index {@code i} of a row. */
  @Override
  public V read(Row row, int i) {
    return row.isNull(i) ? null : reader.read(row, i);
  }

  /** Selections are equal when they select the same CQL, so a new one finds a projected value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof FieldSelection<?, ?> that && that.cql.equals(cql);
  }

  @Override
  public int hashCode() {
    return cql.hashCode();
  }

  @Override
  public String toString() {
    return description;
  }
}
