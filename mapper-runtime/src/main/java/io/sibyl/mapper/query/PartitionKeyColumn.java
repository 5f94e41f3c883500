package io.sibyl.mapper.query;

import java.util.List;

/**
 * A partition key column.
 *
 * @param <T> the entity type
 * @param <V> the column's Java type
 */
public final class PartitionKeyColumn<T, V> extends Column<T, V> {

  /** A column of the given spec (called by generated metamodels). */
  public PartitionKeyColumn(ColumnSpec<T, V> spec) {
    super(spec);
  }

  /** {@code column IN ?}, bound as one list; only on the last partition key column. */
  @SafeVarargs
  public final Restriction<T> in(V... values) {
    return in(List.of(values));
  }

  /** {@code column IN ?}, bound as one list; only on the last partition key column. */
  public Restriction<T> in(List<V> values) {
    return new Restriction<>(this, Operator.IN, List.copyOf(values), false);
  }
}
