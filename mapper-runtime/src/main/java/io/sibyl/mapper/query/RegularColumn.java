package io.sibyl.mapper.query;

/**
 * A regular column. Restricting it needs an index on it, or {@code allowFiltering()}.
 *
 * @param <T> the entity type
 * @param <V> the column's Java type
 */
public final class RegularColumn<T, V> extends WritableColumn<T, V> {

  /** A column of the given spec (called by generated metamodels). */
  public RegularColumn(ColumnSpec<T, V> spec) {
    super(spec);
  }

  /** {@code column > value}: needs a storage-attached index or {@code allowFiltering()}. */
  public Restriction<T> gt(V value) {
    return range(Operator.GT, value);
  }

  /** {@code column >= value}: needs a storage-attached index or {@code allowFiltering()}. */
  public Restriction<T> gte(V value) {
    return range(Operator.GTE, value);
  }

  /** {@code column < value}: needs a storage-attached index or {@code allowFiltering()}. */
  public Restriction<T> lt(V value) {
    return range(Operator.LT, value);
  }

  /** {@code column <= value}: needs a storage-attached index or {@code allowFiltering()}. */
  public Restriction<T> lte(V value) {
    return range(Operator.LTE, value);
  }
}
