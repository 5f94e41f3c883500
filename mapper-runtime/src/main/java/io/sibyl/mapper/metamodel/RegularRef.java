package io.sibyl.mapper.metamodel;

/**
 * A regular column. Restricting it needs an index on it, or {@code allowFiltering()}.
 *
 * @param <T> the entity type
 * @param <V> the column's Java type
 */
public final class RegularRef<T, V> extends FilterableRef<T, V> {

  /** A column of the given spec (called by generated metamodels). */
  public RegularRef(ColumnSpec<T, V> spec) {
    super(spec);
  }
}
