package io.sibyl.mapper.metamodel;

/**
 * A static column. Restricting it needs an index on it, or {@code allowFiltering()}.
 *
 * @param <T> the entity type
 * @param <V> the column's Java type
 */
public final class StaticColumn<T, V> extends FilterableColumn<T, V> {

  /** A column of the given spec (called by generated metamodels). */
  public StaticColumn(ColumnSpec<T, V> spec) {
    super(spec);
  }
}
