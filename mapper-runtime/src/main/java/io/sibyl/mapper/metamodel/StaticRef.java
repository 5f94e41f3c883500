package io.sibyl.mapper.metamodel;

/**
 * A static column. Restricting it needs an index on it, or {@code allowFiltering()}.
 *
 * @param <T> the entity type
 * @param <V> the column's Java type
 */
public final class StaticRef<T, V> extends FilterableRef<T, V> {

  /** A column of the given spec (called by generated metamodels). */
  public StaticRef(ColumnSpec<T, V> spec) {
    super(spec);
  }
}
