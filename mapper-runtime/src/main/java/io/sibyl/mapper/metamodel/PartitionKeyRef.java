package io.sibyl.mapper.metamodel;

import java.util.List;
import java.util.Objects;

/**
 * A partition key column.
 *
 * @param <T> the entity type
 * @param <V> the column's Java type
 */
public final class PartitionKeyRef<T, V> extends ColumnRef<T, V> {

  private final ValueBinder<List<V>> listBinder;

  /**
   * A column of the given spec whose {@code IN} lists are bound by the driver's default codecs: for
   * hand-written metamodels of plain types.
   */
  public PartitionKeyRef(ColumnSpec<T, V> spec) {
    this(spec, DriverBinder.of());
  }

  /**
   * A column of the given spec whose {@code IN} lists are bound by {@code listBinder}, with the
   * column's own codec for each value (called by generated metamodels).
   */
  public PartitionKeyRef(ColumnSpec<T, V> spec, ValueBinder<List<V>> listBinder) {
    super(spec);
    this.listBinder = Objects.requireNonNull(listBinder, "listBinder");
  }

  /** {@code column IN ?}, bound as one list; only on the last partition key column. */
  @SafeVarargs
  public final Restriction<T> in(V... values) {
    return in(List.of(values));
  }

  /** {@code column IN ?}, bound as one list; only on the last partition key column. */
  public Restriction<T> in(List<V> values) {
    return Restriction.bound(this, Operator.IN, List.copyOf(values), listBinder);
  }
}
