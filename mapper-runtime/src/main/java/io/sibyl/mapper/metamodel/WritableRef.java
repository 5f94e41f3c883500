package io.sibyl.mapper.metamodel;

import io.sibyl.mapper.query.Assignment;

/**
 * A column outside the primary key that takes plain assignments: static, regular and collection
 * columns.
 *
 * @param <T> the entity type
 * @param <V> the column's Java type
 */
public abstract sealed class WritableColumn<T, V> extends Column<T, V>
    permits FilterableColumn, ListColumn, SetColumn, MapColumn {

  WritableColumn(ColumnSpec<T, V> spec) {
    super(spec);
  }

  /** {@code SET column = value} (null writes a null). */
  public Assignment<T> set(V value) {
    return Assignment.of(this, Assignment.Kind.SET, value);
  }
}
